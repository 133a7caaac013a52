-- Retail media: retailers and their signing keys, their catalog, advertisers with campaigns and ad groups
-- (targeting, bids, creatives), and the auctions run with their winners.

-- Retailer ids are the partner's own (the seed uses 5, 7 and 11). Reserve prices are per click.
CREATE TABLE retailer (
    id                      BIGINT        NOT NULL,
    name                    VARCHAR(200)  NOT NULL,
    sp_reserve_price        DECIMAL(12,4) NOT NULL DEFAULT 0.1000,
    display_reserve_price   DECIMAL(12,4) NOT NULL DEFAULT 0.2000,
    attribution_window_days INT           NOT NULL DEFAULT 14,
    replay_protection       BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at              DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Signing keys, AES-GCM encrypted under the master key from configuration; several may be valid at once.
CREATE TABLE retailer_key (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    retailer_id BIGINT        NOT NULL,
    label       VARCHAR(100)  NOT NULL,
    nonce       VARBINARY(12) NOT NULL,
    ciphertext  VARBINARY(512) NOT NULL,
    valid_from  DATETIME(6)   NOT NULL,
    valid_until DATETIME(6)   NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_retailer_key_retailer FOREIGN KEY (retailer_id) REFERENCES retailer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE retail_category (
    retailer_id BIGINT       NOT NULL,
    id          BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    parent_id   BIGINT       NULL,
    PRIMARY KEY (retailer_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Stock NULL: the retailer sends no stock data; then a product recently shown counts as available.
CREATE TABLE retail_product (
    retailer_id   BIGINT        NOT NULL,
    product_id    VARCHAR(64)   NOT NULL,
    name          VARCHAR(300)  NOT NULL,
    brand         VARCHAR(100)  NULL,
    category_id   BIGINT        NULL,
    price         DECIMAL(12,2) NULL,
    stock         INT           NULL,
    last_shown_at DATETIME(6)   NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (retailer_id, product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE advertiser (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    retailer_id BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_advertiser_retailer FOREIGN KEY (retailer_id) REFERENCES retailer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Spend is kept per campaign in total and for the current UTC day (spend_day says which day that is).
CREATE TABLE ad_campaign (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    advertiser_id BIGINT        NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    starts_on     DATE          NOT NULL,
    ends_on       DATE          NULL,
    daily_budget  DECIMAL(12,2) NOT NULL,
    total_budget  DECIMAL(14,2) NULL,
    spent_total   DECIMAL(14,4) NOT NULL DEFAULT 0,
    spent_today   DECIMAL(12,4) NOT NULL DEFAULT 0,
    spend_day     DATE          NULL,
    updated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ad_campaign_advertiser FOREIGN KEY (advertiser_id) REFERENCES advertiser (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- format: SP (sponsored products) or DISPLAY.
CREATE TABLE ad_group (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    format      VARCHAR(16)   NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    default_bid DECIMAL(12,4) NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ad_group_campaign FOREIGN KEY (campaign_id) REFERENCES ad_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Promoted products, in the advertiser's order of preference.
CREATE TABLE ad_group_product (
    ad_group_id BIGINT      NOT NULL,
    product_id  VARCHAR(64) NOT NULL,
    position    INT         NOT NULL,
    PRIMARY KEY (ad_group_id, product_id),
    CONSTRAINT fk_ad_group_product_group FOREIGN KEY (ad_group_id) REFERENCES ad_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Keywords stored normalised (lower case, no accents, single spaces); match: EXACT, PHRASE, BROAD or
-- NEGATIVE (a negative keyword excludes the ad group from queries that contain it as a phrase).
CREATE TABLE ad_keyword (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    ad_group_id BIGINT        NOT NULL,
    keyword     VARCHAR(200)  NOT NULL,
    match_type  VARCHAR(16)   NOT NULL,
    bid         DECIMAL(12,4) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ad_keyword_group FOREIGN KEY (ad_group_id) REFERENCES ad_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_ad_keyword_group ON ad_keyword (ad_group_id);

CREATE TABLE ad_category_target (
    ad_group_id BIGINT        NOT NULL,
    category_id BIGINT        NOT NULL,
    bid         DECIMAL(12,4) NULL,
    PRIMARY KEY (ad_group_id, category_id),
    CONSTRAINT fk_ad_category_target_group FOREIGN KEY (ad_group_id) REFERENCES ad_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ad_page_target (
    ad_group_id BIGINT       NOT NULL,
    page        VARCHAR(200) NOT NULL,
    PRIMARY KEY (ad_group_id, page),
    CONSTRAINT fk_ad_page_target_group FOREIGN KEY (ad_group_id) REFERENCES ad_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE ad_creative (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    ad_group_id BIGINT        NOT NULL,
    image_url   VARCHAR(2048) NOT NULL,
    headline    VARCHAR(200)  NULL,
    click_url   VARCHAR(2048) NULL,
    width       INT           NULL,
    height      INT           NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ad_creative_group FOREIGN KEY (ad_group_id) REFERENCES ad_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Every auction run, and each of its winners with the price a click on it will cost.
CREATE TABLE auction (
    auction_group_id CHAR(36)     NOT NULL,
    retailer_id      BIGINT       NOT NULL,
    auction_type     VARCHAR(32)  NOT NULL,
    query_text       VARCHAR(300) NULL,
    platform_type    VARCHAR(16)  NOT NULL,
    uid              VARCHAR(128) NOT NULL,
    winners          INT          NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (auction_group_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_auction_retailer ON auction (retailer_id, created_at);

CREATE TABLE auction_winner (
    auction_id       VARCHAR(64)   NOT NULL,
    auction_group_id CHAR(36)      NOT NULL,
    retailer_id      BIGINT        NOT NULL,
    ranking          INT           NOT NULL,
    advertiser_id    BIGINT        NOT NULL,
    campaign_id      BIGINT        NOT NULL,
    ad_group_id      BIGINT        NOT NULL,
    product_ids      VARCHAR(1000) NOT NULL,
    click_price      DECIMAL(12,4) NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (auction_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
