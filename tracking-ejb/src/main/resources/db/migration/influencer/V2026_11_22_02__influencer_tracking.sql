-- Influencer tracking: brands (customers), their access keys, widget products and event types,
-- influencers and campaigns (created on first sight), postbacks, per-widget totals and anti-cheat.

CREATE TABLE customer (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_customer_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Only a SHA-256 of each key is stored; several keys may be active, a revoked one stays for the record.
CREATE TABLE access_key (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    customer_id BIGINT       NOT NULL,
    key_hash    CHAR(64)     NOT NULL,
    label       VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    revoked_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_access_key_hash UNIQUE (key_hash),
    CONSTRAINT fk_access_key_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A widget code of a customer, with the overlay's settings (JSON) and the anti-cheat switch.
CREATE TABLE widget_product (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    customer_id     BIGINT       NOT NULL,
    code            VARCHAR(64)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    anti_cheat      BOOLEAN      NOT NULL DEFAULT FALSE,
    widget_settings TEXT         NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_widget_product_code UNIQUE (customer_id, code),
    CONSTRAINT fk_widget_product_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE event_type (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    product_id   BIGINT       NOT NULL,
    code         VARCHAR(64)  NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_event_type_code UNIQUE (product_id, code),
    CONSTRAINT fk_event_type_product FOREIGN KEY (product_id) REFERENCES widget_product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE influencer (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    customer_id BIGINT       NOT NULL,
    code        VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_influencer_code UNIQUE (customer_id, code),
    CONSTRAINT fk_influencer_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE campaign (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    customer_id BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_campaign_name UNIQUE (customer_id, name),
    CONSTRAINT fk_campaign_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Every postback, counted or not. The visitor's IP is never stored; request_hash lets a replay of an
-- idempotency key be told from a different request under the same key.
CREATE TABLE postback (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    public_id          CHAR(36)      NOT NULL,
    customer_id        BIGINT        NOT NULL,
    product_id         BIGINT        NOT NULL,
    influencer_id      BIGINT        NOT NULL,
    campaign_id        BIGINT        NULL,
    event_type         VARCHAR(64)   NOT NULL,
    event_name         VARCHAR(100)  NULL,
    medium             VARCHAR(100)  NULL,
    source             VARCHAR(100)  NULL,
    country            CHAR(2)       NULL,
    user_agent         VARCHAR(1024) NULL,
    counted            BOOLEAN       NOT NULL,
    not_counted_reason VARCHAR(32)   NULL,
    idempotency_key    VARCHAR(128)  NULL,
    request_hash       CHAR(64)      NULL,
    received_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_postback_public_id UNIQUE (public_id),
    CONSTRAINT uq_postback_idempotency UNIQUE (customer_id, idempotency_key),
    CONSTRAINT fk_postback_product FOREIGN KEY (product_id) REFERENCES widget_product (id),
    CONSTRAINT fk_postback_influencer FOREIGN KEY (influencer_id) REFERENCES influencer (id),
    CONSTRAINT fk_postback_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_postback_widget ON postback (product_id, influencer_id, id);

-- Counted postbacks per widget, campaign (0: none) and event type, spread over shards so that one busy
-- influencer does not serialise every writer on a single row lock. A total is the sum of its shards.
CREATE TABLE widget_total (
    product_id    BIGINT      NOT NULL,
    influencer_id BIGINT      NOT NULL,
    campaign_id   BIGINT      NOT NULL,
    event_type    VARCHAR(64) NOT NULL,
    shard         INT         NOT NULL,
    total         BIGINT      NOT NULL,
    PRIMARY KEY (product_id, influencer_id, campaign_id, event_type, shard)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Visitors seen today per widget and event type, as keyed hashes whose key is destroyed after the day.
CREATE TABLE anti_cheat_visit (
    visit_day     DATE        NOT NULL,
    product_id    BIGINT      NOT NULL,
    influencer_id BIGINT      NOT NULL,
    event_type    VARCHAR(64) NOT NULL,
    visitor_hash  CHAR(64)    NOT NULL,
    PRIMARY KEY (visit_day, product_id, influencer_id, event_type, visitor_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
