-- Postbacks per brand and UTC day, counted and filtered (not counted: anti-cheat) apart, in two tables the
-- dashboard's influencer reports read instead of the postbacks: per campaign (0: none) and influencer, and
-- per campaign, widget (product) and event type. Each row is spread over a few shards, summed by readers,
-- so that concurrent writers seldom wait for one row lock.
CREATE TABLE influencer_daily_stats (
    customer_id   BIGINT NOT NULL,
    stats_day     DATE   NOT NULL,
    campaign_id   BIGINT NOT NULL,
    influencer_id BIGINT NOT NULL,
    shard         INT    NOT NULL,
    counted       BIGINT NOT NULL DEFAULT 0,
    filtered      BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (customer_id, stats_day, campaign_id, influencer_id, shard)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE influencer_daily_types (
    customer_id BIGINT      NOT NULL,
    stats_day   DATE        NOT NULL,
    campaign_id BIGINT      NOT NULL,
    product_id  BIGINT      NOT NULL,
    event_type  VARCHAR(64) NOT NULL,
    shard       INT         NOT NULL,
    counted     BIGINT      NOT NULL DEFAULT 0,
    filtered    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (customer_id, stats_day, campaign_id, product_id, event_type, shard)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The postbacks stored before these tables existed, on shard 0.
INSERT INTO influencer_daily_stats (customer_id, stats_day, campaign_id, influencer_id, shard, counted, filtered)
SELECT customer_id, CAST(received_at AS DATE), COALESCE(campaign_id, 0), influencer_id, 0,
       SUM(CASE WHEN counted THEN 1 ELSE 0 END), SUM(CASE WHEN counted THEN 0 ELSE 1 END)
FROM postback
GROUP BY customer_id, CAST(received_at AS DATE), COALESCE(campaign_id, 0), influencer_id;

INSERT INTO influencer_daily_types (customer_id, stats_day, campaign_id, product_id, event_type, shard, counted,
                                    filtered)
SELECT customer_id, CAST(received_at AS DATE), COALESCE(campaign_id, 0), product_id, event_type, 0,
       SUM(CASE WHEN counted THEN 1 ELSE 0 END), SUM(CASE WHEN counted THEN 0 ELSE 1 END)
FROM postback
GROUP BY customer_id, CAST(received_at AS DATE), COALESCE(campaign_id, 0), product_id, event_type;
