-- MMP (server-to-server events): apps with their S2S tokens and declared events, tracking links, clicks,
-- app users with their attribution, events, session days and the currency rate table.

-- Fingerprint attribution cannot look back further than the visitor hash keys live (today and yesterday).
CREATE TABLE mmp_app (
    id                         BIGINT       NOT NULL AUTO_INCREMENT,
    code                       VARCHAR(64)  NOT NULL,
    name                       VARCHAR(200) NOT NULL,
    currency                   CHAR(3)      NOT NULL,
    click_lookback_hours       INT          NOT NULL DEFAULT 168,
    fingerprint_lookback_hours INT          NOT NULL DEFAULT 24,
    created_at                 DATETIME(6)  NOT NULL,
    version                    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_mmp_app_code UNIQUE (code),
    CONSTRAINT ck_mmp_app_click_lookback CHECK (click_lookback_hours BETWEEN 1 AND 2160),
    CONSTRAINT ck_mmp_app_fingerprint_lookback CHECK (fingerprint_lookback_hours BETWEEN 1 AND 24)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Only a SHA-256 of each token is stored; several may be active, a revoked one stays for the record.
CREATE TABLE mmp_app_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    app_id     BIGINT       NOT NULL,
    key_hash   CHAR(64)     NOT NULL,
    label      VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    revoked_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_mmp_app_token_hash UNIQUE (key_hash),
    CONSTRAINT fk_mmp_app_token_app FOREIGN KEY (app_id) REFERENCES mmp_app (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The events an app declares, by the mapping id partners send as event_id. A non-repeatable event counts
-- once per user. The session event __open is known to every app without being declared.
CREATE TABLE mmp_event_definition (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    app_id     BIGINT       NOT NULL,
    mapping_id VARCHAR(64)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    repeatable BOOLEAN      NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_mmp_event_definition UNIQUE (app_id, mapping_id),
    CONSTRAINT fk_mmp_event_definition_app FOREIGN KEY (app_id) REFERENCES mmp_app (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE mmp_tracking_link (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    public_id       VARCHAR(32)   NOT NULL,
    app_id          BIGINT        NOT NULL,
    publisher       VARCHAR(100)  NOT NULL,
    campaign        VARCHAR(100)  NULL,
    sub1            VARCHAR(255)  NULL,
    sub2            VARCHAR(255)  NULL,
    sub3            VARCHAR(255)  NULL,
    sub4            VARCHAR(255)  NULL,
    sub5            VARCHAR(255)  NULL,
    destination_url VARCHAR(2048) NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    disabled_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_mmp_tracking_link_public_id UNIQUE (public_id),
    CONSTRAINT fk_mmp_tracking_link_app FOREIGN KEY (app_id) REFERENCES mmp_app (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A click keeps no IP: only the visitor's keyed hash, whose key is destroyed after a day.
CREATE TABLE mmp_click (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    public_id   CHAR(22)     NOT NULL,
    app_id      BIGINT       NOT NULL,
    link_id     BIGINT       NULL,
    publisher   VARCHAR(100) NULL,
    campaign    VARCHAR(100) NULL,
    sub1        VARCHAR(255) NULL,
    sub2        VARCHAR(255) NULL,
    sub3        VARCHAR(255) NULL,
    sub4        VARCHAR(255) NULL,
    sub5        VARCHAR(255) NULL,
    fingerprint CHAR(64)     NULL,
    clicked_at  DATETIME(6)  NOT NULL,
    click_day   DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_mmp_click_public_id UNIQUE (public_id),
    CONSTRAINT fk_mmp_click_app FOREIGN KEY (app_id) REFERENCES mmp_app (id),
    CONSTRAINT fk_mmp_click_link FOREIGN KEY (link_id) REFERENCES mmp_tracking_link (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_mmp_click_fingerprint ON mmp_click (app_id, fingerprint, clicked_at);
CREATE INDEX ix_mmp_click_day ON mmp_click (app_id, click_day);

-- A user of an app as the partner names it, attributed once, at first sight: to a click, by fingerprint,
-- or organic. Publisher and campaign are copied from the click so that reports need no join.
CREATE TABLE mmp_app_user (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    app_id         BIGINT       NOT NULL,
    user_id        VARCHAR(255) NOT NULL,
    source         VARCHAR(16)  NOT NULL,
    click_id       BIGINT       NULL,
    publisher      VARCHAR(100) NULL,
    campaign       VARCHAR(100) NULL,
    attributed_at  DATETIME(6)  NOT NULL,
    attributed_day DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_mmp_app_user UNIQUE (app_id, user_id),
    CONSTRAINT fk_mmp_app_user_app FOREIGN KEY (app_id) REFERENCES mmp_app (id),
    CONSTRAINT fk_mmp_app_user_click FOREIGN KEY (click_id) REFERENCES mmp_click (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_mmp_app_user_day ON mmp_app_user (app_id, attributed_day);

-- Every event, counted or not (a repeat of a non-repeatable event is kept, not counted). Revenue is the
-- amount in the app's currency at the rate of the day it came in; NULL when no rate was known.
CREATE TABLE mmp_event (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    public_id        CHAR(36)      NOT NULL,
    app_id           BIGINT        NOT NULL,
    app_user_id      BIGINT        NOT NULL,
    mapping_id       VARCHAR(64)   NOT NULL,
    counted          BOOLEAN       NOT NULL,
    amount           DECIMAL(20,6) NULL,
    currency         CHAR(3)       NULL,
    revenue          DECIMAL(20,6) NULL,
    aggregated_value DECIMAL(20,6) NULL,
    event_value      TEXT          NULL,
    idempotency_key  VARCHAR(128)  NULL,
    request_hash     CHAR(64)      NULL,
    received_at      DATETIME(6)   NOT NULL,
    event_day        DATE          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_mmp_event_public_id UNIQUE (public_id),
    CONSTRAINT uq_mmp_event_idempotency UNIQUE (app_id, idempotency_key),
    CONSTRAINT fk_mmp_event_app FOREIGN KEY (app_id) REFERENCES mmp_app (id),
    CONSTRAINT fk_mmp_event_user FOREIGN KEY (app_user_id) REFERENCES mmp_app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_mmp_event_day ON mmp_event (app_id, event_day, mapping_id);

-- The non-repeatable events a user has done: the first insert wins, a repeat is a duplicate.
CREATE TABLE mmp_event_once (
    app_user_id BIGINT      NOT NULL,
    mapping_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (app_user_id, mapping_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The days on which a user opened a session (__open): daily, weekly and monthly active users.
CREATE TABLE mmp_session_day (
    app_id      BIGINT NOT NULL,
    session_day DATE   NOT NULL,
    app_user_id BIGINT NOT NULL,
    PRIMARY KEY (app_id, session_day, app_user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Exchange rates as units of the currency per euro, maintained by an admin. EUR itself is 1.
CREATE TABLE mmp_currency_rate (
    currency      CHAR(3)        NOT NULL,
    units_per_eur DECIMAL(24,10) NOT NULL,
    updated_at    DATETIME(6)    NOT NULL,
    PRIMARY KEY (currency),
    CONSTRAINT ck_mmp_currency_rate_positive CHECK (units_per_eur > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO mmp_currency_rate (currency, units_per_eur, updated_at) VALUES ('EUR', 1, CURRENT_TIMESTAMP(6));
