-- Postbacks per brand and UTC day, widget (product, influencer, campaign; 0: none) and event type: what
-- the dashboard's influencer reports read instead of the postbacks. Counted and filtered (not counted:
-- anti-cheat) are kept apart. Each row is spread over a few shards, summed by readers, so that one busy
-- widget does not serialise concurrent writers on one row lock.
CREATE TABLE influencer_daily_stats (
    customer_id   BIGINT      NOT NULL,
    stats_day     DATE        NOT NULL,
    product_id    BIGINT      NOT NULL,
    influencer_id BIGINT      NOT NULL,
    campaign_id   BIGINT      NOT NULL,
    event_type    VARCHAR(64) NOT NULL,
    shard         INT         NOT NULL,
    counted       BIGINT      NOT NULL DEFAULT 0,
    filtered      BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (customer_id, stats_day, product_id, influencer_id, campaign_id, event_type, shard)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The postbacks stored before this table existed, on shard 0.
INSERT INTO influencer_daily_stats (customer_id, stats_day, product_id, influencer_id, campaign_id, event_type,
                                    shard, counted, filtered)
SELECT customer_id, CAST(received_at AS DATE), product_id, influencer_id, COALESCE(campaign_id, 0), event_type, 0,
       SUM(CASE WHEN counted THEN 1 ELSE 0 END), SUM(CASE WHEN counted THEN 0 ELSE 1 END)
FROM postback
GROUP BY customer_id, CAST(received_at AS DATE), product_id, influencer_id, COALESCE(campaign_id, 0), event_type;
