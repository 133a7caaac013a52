-- Reports read a retailer's days: the ad groups' daily totals are keyed by retailer and day first, and the
-- same totals are kept per campaign, which reports by retailer, advertiser or campaign read: a few rows a
-- campaign and day instead of one per ad group.
ALTER TABLE retail_daily_stats DROP PRIMARY KEY;
ALTER TABLE retail_daily_stats ADD PRIMARY KEY (retailer_id, stats_day, ad_group_id, shard);
DROP INDEX ix_retail_daily_stats_retailer ON retail_daily_stats;

CREATE TABLE retail_campaign_stats (
    retailer_id       BIGINT        NOT NULL,
    stats_day         DATE          NOT NULL,
    campaign_id       BIGINT        NOT NULL,
    shard             INT           NOT NULL,
    advertiser_id     BIGINT        NOT NULL,
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
    PRIMARY KEY (retailer_id, stats_day, campaign_id, shard)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO retail_campaign_stats (retailer_id, stats_day, campaign_id, shard, advertiser_id, impressions, clicks,
                                   invalid_clicks, spend, add_to_carts, add_to_cart_value, direct_units,
                                   direct_sales, halo_units, halo_sales)
SELECT retailer_id, stats_day, campaign_id, 0, MIN(advertiser_id), SUM(impressions), SUM(clicks), SUM(invalid_clicks),
       SUM(spend), SUM(add_to_carts), SUM(add_to_cart_value), SUM(direct_units), SUM(direct_sales), SUM(halo_units),
       SUM(halo_sales)
FROM retail_daily_stats
GROUP BY retailer_id, stats_day, campaign_id;
