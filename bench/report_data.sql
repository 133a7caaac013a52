-- The report benchmark's data (MariaDB, after the demo data and bench/retail_data.sh): a million events
-- for each product over the last 30 days, and the daily totals the writers would have kept for them,
-- on as many shards as the writers spread them over. Values come from CRC32 of the row number, so every
-- run loads the same data.
SET @days = 30;

-- Influencer tracking: brand `default`, widget `product`; 2,000 influencers, each in 3 of 20 campaigns;
-- 3 event types; one postback in ten filtered by anti-cheat.
SET @brand = (SELECT id FROM customer WHERE code = 'default');
SET @widget = (SELECT id FROM widget_product WHERE customer_id = @brand AND code = 'product');
INSERT IGNORE INTO influencer (customer_id, code, created_at)
SELECT @brand, CONCAT('bench_', seq), UTC_TIMESTAMP(6) FROM seq_0_to_1999;
INSERT IGNORE INTO campaign (customer_id, name, created_at)
SELECT @brand, CONCAT('bench_campaign_', seq), UTC_TIMESTAMP(6) FROM seq_0_to_19;
INSERT INTO postback (public_id, customer_id, product_id, influencer_id, campaign_id, event_type, counted,
                      not_counted_reason, received_at)
SELECT CONCAT('bench-', LPAD(r.seq, 30, '0')), @brand, @widget, i.id, c.id, r.event_type, r.counted,
       IF(r.counted, NULL, 'ANTI_CHEAT'), r.received_at
FROM (SELECT seq, CRC32(seq) % 2000 AS influencer, (CRC32(seq) % 2000 + (CRC32(seq) DIV 2000) % 3 * 7) % 20 AS campaign,
             ELT(1 + (CRC32(seq) DIV 6000) % 3, 'reg', 'deposit', 'follow') AS event_type,
             (CRC32(seq) DIV 18000) % 10 <> 0 AS counted,
             UTC_TIMESTAMP(6) - INTERVAL ((CRC32(seq) DIV 180000) % @days) DAY - INTERVAL (seq % 3600) SECOND AS received_at
      FROM seq_1_to_1000000) r
JOIN influencer i ON i.customer_id = @brand AND i.code = CONCAT('bench_', r.influencer)
JOIN campaign c ON c.customer_id = @brand AND c.name = CONCAT('bench_campaign_', r.campaign);
INSERT INTO influencer_daily_stats (customer_id, stats_day, campaign_id, influencer_id, shard, counted, filtered)
SELECT customer_id, DATE(received_at), COALESCE(campaign_id, 0), influencer_id, id % 2, SUM(counted), SUM(NOT counted)
FROM postback WHERE customer_id = @brand AND public_id LIKE 'bench-%'
GROUP BY customer_id, DATE(received_at), COALESCE(campaign_id, 0), influencer_id, id % 2
ON DUPLICATE KEY UPDATE counted = counted + VALUES(counted), filtered = filtered + VALUES(filtered);
INSERT INTO influencer_daily_types (customer_id, stats_day, campaign_id, product_id, event_type, shard, counted,
                                    filtered)
SELECT customer_id, DATE(received_at), COALESCE(campaign_id, 0), product_id, event_type, id % 16, SUM(counted),
       SUM(NOT counted)
FROM postback WHERE customer_id = @brand AND public_id LIKE 'bench-%'
GROUP BY customer_id, DATE(received_at), COALESCE(campaign_id, 0), product_id, event_type, id % 16
ON DUPLICATE KEY UPDATE counted = counted + VALUES(counted), filtered = filtered + VALUES(filtered);
COMMIT;

-- Server-to-server: app `store-app`; 300,000 clicks from 50 publishers with 10 campaigns each; 200,000
-- users (half by click, a fifth by fingerprint, the rest organic); a million events (60% sessions, 30%
-- purchases of 1 to 100 EUR, 10% registrations, a repeat of which is a duplicate).
SET @app = (SELECT id FROM mmp_app WHERE code = 'store-app');
INSERT INTO mmp_click (public_id, app_id, publisher, campaign, clicked_at, click_day)
SELECT CONCAT('bc', LPAD(seq, 20, '0')), @app, CONCAT('publisher_', CRC32(seq) % 50),
       CONCAT('campaign_', (CRC32(seq) DIV 50) % 10), at, DATE(at)
FROM (SELECT seq, UTC_TIMESTAMP(6) - INTERVAL ((CRC32(seq) DIV 500) % @days) DAY - INTERVAL (seq % 3600) SECOND AS at
      FROM seq_1_to_300000) c;
INSERT INTO mmp_app_user (app_id, user_id, source, publisher, campaign, attributed_at, attributed_day)
SELECT @app, CONCAT('bench-', seq), source, IF(source = 'organic', NULL, CONCAT('publisher_', CRC32(seq) % 50)),
       IF(source = 'organic', NULL, CONCAT('campaign_', (CRC32(seq) DIV 50) % 10)), at, DATE(at)
FROM (SELECT seq, ELT(1 + FLOOR((CRC32(seq) DIV 500) % 10 / 5) + ((CRC32(seq) DIV 500) % 10 >= 7), 'click', 'fingerprint',
                      'organic') AS source,
             UTC_TIMESTAMP(6) - INTERVAL ((CRC32(seq) DIV 5000) % @days) DAY - INTERVAL (seq % 3600) SECOND AS at
      FROM seq_0_to_199999) u;
INSERT INTO mmp_event (public_id, app_id, app_user_id, mapping_id, counted, amount, currency, revenue, received_at,
                       event_day)
SELECT CONCAT('bench-', LPAD(e.seq, 30, '0')), @app, u.id, e.mapping_id, e.counted,
       IF(e.mapping_id = 'purchase', e.amount, NULL), IF(e.mapping_id = 'purchase', 'EUR', NULL),
       IF(e.mapping_id = 'purchase', e.amount, NULL), e.at, DATE(e.at)
FROM (SELECT seq, CRC32(seq) % 200000 AS user,
             ELT(1 + ((CRC32(seq) DIV 200000) % 10 >= 6) + ((CRC32(seq) DIV 200000) % 10 >= 9), '__open', 'purchase',
                 'registration') AS mapping_id,
             (CRC32(seq) DIV 2000000) % 20 <> 0 AS counted, 1 + (seq % 100) AS amount,
             UTC_TIMESTAMP(6) - INTERVAL ((CRC32(seq) DIV 20000) % @days) DAY - INTERVAL (seq % 3600) SECOND AS at
      FROM seq_1_to_1000000) e
JOIN mmp_app_user u ON u.app_id = @app AND u.user_id = CONCAT('bench-', e.user);
INSERT IGNORE INTO mmp_session_day (app_id, session_day, app_user_id)
SELECT app_id, event_day, app_user_id FROM mmp_event WHERE app_id = @app AND mapping_id = '__open';
INSERT INTO mmp_daily_traffic (app_id, stats_day, publisher, campaign, shard, clicks)
SELECT app_id, click_day, publisher, campaign, id % 8, COUNT(*) FROM mmp_click WHERE app_id = @app
    AND public_id LIKE 'bc%' GROUP BY app_id, click_day, publisher, campaign, id % 8
ON DUPLICATE KEY UPDATE clicks = clicks + VALUES(clicks);
INSERT INTO mmp_daily_traffic (app_id, stats_day, publisher, campaign, shard, click_users, fingerprint_users,
                               organic_users)
SELECT app_id, attributed_day, COALESCE(publisher, ''), COALESCE(campaign, ''), id % 8, SUM(source = 'click'),
       SUM(source = 'fingerprint'), SUM(source = 'organic')
FROM mmp_app_user WHERE app_id = @app AND user_id LIKE 'bench-%'
GROUP BY app_id, attributed_day, COALESCE(publisher, ''), COALESCE(campaign, ''), id % 8
ON DUPLICATE KEY UPDATE click_users = click_users + VALUES(click_users),
    fingerprint_users = fingerprint_users + VALUES(fingerprint_users), organic_users = organic_users + VALUES(organic_users);
INSERT INTO mmp_daily_events (app_id, stats_day, mapping_id, unconverted, shard, events, duplicates, revenue)
SELECT app_id, event_day, mapping_id, '', id % 16, SUM(counted), SUM(NOT counted), COALESCE(SUM(IF(counted, revenue, 0)), 0)
FROM mmp_event WHERE app_id = @app AND public_id LIKE 'bench-%' GROUP BY app_id, event_day, mapping_id, id % 16
ON DUPLICATE KEY UPDATE events = events + VALUES(events), duplicates = duplicates + VALUES(duplicates),
    revenue = revenue + VALUES(revenue);
-- Active users from every session day of the app, as the migration computes them.
DELETE FROM mmp_active_change WHERE app_id = @app;
INSERT INTO mmp_active_change (app_id, window_days, change_day, users_delta)
SELECT app_id, window_days, change_day, SUM(delta)
FROM (SELECT d.app_id, w.window_days,
             CASE WHEN d.prev_day IS NULL OR TIMESTAMPADD(DAY, w.window_days, d.prev_day) <= d.session_day
                  THEN d.session_day ELSE TIMESTAMPADD(DAY, w.window_days, d.prev_day) END AS change_day, 1 AS delta
      FROM (SELECT app_id, session_day,
                   LAG(session_day) OVER (PARTITION BY app_id, app_user_id ORDER BY session_day) AS prev_day
            FROM mmp_session_day WHERE app_id = @app) d
      CROSS JOIN (SELECT 1 AS window_days UNION ALL SELECT 7 UNION ALL SELECT 30) w
      UNION ALL
      SELECT s.app_id, w.window_days, TIMESTAMPADD(DAY, w.window_days, s.session_day), -1
      FROM mmp_session_day s CROSS JOIN (SELECT 1 AS window_days UNION ALL SELECT 7 UNION ALL SELECT 30) w
      WHERE s.app_id = @app) changes
GROUP BY app_id, window_days, change_day;
COMMIT;

-- Retail media: retailer 11's 10,000 bench ad groups (100 campaigns); a million events (80% impressions,
-- 15% clicks at 0.40, 3% add-to-carts, 2% purchases), as the ad groups' and campaigns' daily totals on
-- their 8 shards.
INSERT INTO retail_daily_stats (ad_group_id, stats_day, shard, retailer_id, advertiser_id, campaign_id, impressions,
                                clicks, spend, add_to_carts, add_to_cart_value, direct_units, direct_sales)
SELECT 900000 + g, CURRENT_DATE - INTERVAL d DAY, shard, 11, 900000, 900000 + g % 100, SUM(kind < 80),
       SUM(kind BETWEEN 80 AND 94), 0.40 * SUM(kind BETWEEN 80 AND 94), SUM(kind BETWEEN 95 AND 97),
       4.99 * SUM(kind BETWEEN 95 AND 97), SUM(kind >= 98), 4.99 * SUM(kind >= 98)
FROM (SELECT CRC32(seq) % 10000 AS g, (CRC32(seq) DIV 10000) % @days AS d, (CRC32(seq) DIV 300000) % 8 AS shard,
             (CRC32(seq) DIV 2400000) % 100 AS kind
      FROM seq_1_to_1000000) e
GROUP BY g, d, shard
ON DUPLICATE KEY UPDATE impressions = impressions + VALUES(impressions), clicks = clicks + VALUES(clicks),
    spend = spend + VALUES(spend), add_to_carts = add_to_carts + VALUES(add_to_carts),
    add_to_cart_value = add_to_cart_value + VALUES(add_to_cart_value), direct_units = direct_units + VALUES(direct_units),
    direct_sales = direct_sales + VALUES(direct_sales);
INSERT INTO retail_campaign_stats (retailer_id, stats_day, campaign_id, shard, advertiser_id, impressions, clicks,
                                   spend, add_to_carts, add_to_cart_value, direct_units, direct_sales)
SELECT retailer_id, stats_day, campaign_id, shard, advertiser_id, SUM(impressions), SUM(clicks), SUM(spend),
       SUM(add_to_carts), SUM(add_to_cart_value), SUM(direct_units), SUM(direct_sales)
FROM retail_daily_stats WHERE retailer_id = 11 AND ad_group_id >= 900000
GROUP BY retailer_id, stats_day, campaign_id, shard, advertiser_id
ON DUPLICATE KEY UPDATE impressions = impressions + VALUES(impressions), clicks = clicks + VALUES(clicks),
    spend = spend + VALUES(spend), add_to_carts = add_to_carts + VALUES(add_to_carts),
    add_to_cart_value = add_to_cart_value + VALUES(add_to_cart_value), direct_units = direct_units + VALUES(direct_units),
    direct_sales = direct_sales + VALUES(direct_sales);
COMMIT;
