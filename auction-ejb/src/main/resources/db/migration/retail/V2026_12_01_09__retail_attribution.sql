-- After an auction: impressions, clicks, add-to-carts and purchases, each conversion line with the click it
-- is attributed to, and daily totals per ad group that reports and the auction's quality score read.

-- How a retailer's impressions are counted: SERVE (every winner an auction answers) or SHOWN (only the
-- winners a product-shown event names by auction_id, each once).
ALTER TABLE retailer ADD COLUMN impressions_on VARCHAR(8) NOT NULL DEFAULT 'SERVE';

-- The brand an advertiser sells, as the catalog names it: its products earn the advertiser halo sales
-- even when no ad group promotes them.
ALTER TABLE advertiser ADD COLUMN brand VARCHAR(100) NULL;

-- What the clicked winner showed: a later purchase of one of these products is a direct sale.
ALTER TABLE ad_click ADD COLUMN product_ids VARCHAR(1000) NULL;

-- Winners a product-shown event reported, once each (retailers counting impressions on SHOWN).
CREATE TABLE auction_shown (
    auction_id VARCHAR(64) NOT NULL,
    shown_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (auction_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The idempotency keys of conversions: a purchase's order_id, an add-to-cart's event_id.
CREATE TABLE retail_conversion (
    retailer_id  BIGINT      NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    event_key    VARCHAR(64) NOT NULL,
    uid          VARCHAR(128) NOT NULL,
    received_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (retailer_id, kind, event_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Each line of an add-to-cart or a purchase, and the click it is attributed to (DIRECT: that click showed
-- the product; HALO: it showed another product of the same advertiser), if any.
CREATE TABLE retail_conversion_line (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    retailer_id   BIGINT        NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    event_key     VARCHAR(64)   NOT NULL,
    line_no       INT           NOT NULL,
    uid           VARCHAR(128)  NOT NULL,
    product_id    VARCHAR(64)   NOT NULL,
    quantity      INT           NOT NULL,
    price         DECIMAL(12,2) NOT NULL,
    attribution   VARCHAR(8)    NULL,
    auction_id    VARCHAR(64)   NULL,
    advertiser_id BIGINT        NULL,
    campaign_id   BIGINT        NULL,
    ad_group_id   BIGINT        NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_retail_conversion_line UNIQUE (retailer_id, kind, event_key, line_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Daily totals per ad group, each row split over a few shards so that a busy ad group does not serialise
-- its events on one row lock; reports sum the shards.
CREATE TABLE retail_daily_stats (
    ad_group_id       BIGINT        NOT NULL,
    stats_day         DATE          NOT NULL,
    shard             INT           NOT NULL,
    retailer_id       BIGINT        NOT NULL,
    advertiser_id     BIGINT        NOT NULL,
    campaign_id       BIGINT        NOT NULL,
    impressions       BIGINT        NOT NULL DEFAULT 0,
    clicks            BIGINT        NOT NULL DEFAULT 0,
    invalid_clicks    BIGINT        NOT NULL DEFAULT 0,
    spend             DECIMAL(16,4) NOT NULL DEFAULT 0,
    add_to_carts      BIGINT        NOT NULL DEFAULT 0,
    add_to_cart_value DECIMAL(16,2) NOT NULL DEFAULT 0,
    direct_units      BIGINT        NOT NULL DEFAULT 0,
    direct_sales      DECIMAL(16,2) NOT NULL DEFAULT 0,
    halo_units        BIGINT        NOT NULL DEFAULT 0,
    halo_sales        DECIMAL(16,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (ad_group_id, stats_day, shard)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_retail_daily_stats_retailer ON retail_daily_stats (retailer_id, stats_day);

-- Halo attribution asks which advertisers promote a product, or sell its brand.
CREATE INDEX ix_ad_group_product_product ON ad_group_product (product_id);
