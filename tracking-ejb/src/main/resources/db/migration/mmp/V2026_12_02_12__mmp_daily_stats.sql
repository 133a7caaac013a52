-- An app's daily totals, what its reports read instead of the clicks, users and events: traffic per
-- publisher and campaign ('' for none), events per declared event and, for amounts that had no rate, their
-- currency ('' otherwise), and the changes of its active users. Traffic and event rows are spread over a few shards,
-- summed by readers, so that a busy app does not serialise its writers on one row lock.
CREATE TABLE mmp_daily_traffic (
    app_id            BIGINT       NOT NULL,
    stats_day         DATE         NOT NULL,
    publisher         VARCHAR(100) NOT NULL,
    campaign          VARCHAR(100) NOT NULL,
    shard             INT          NOT NULL,
    clicks            BIGINT       NOT NULL DEFAULT 0,
    click_users       BIGINT       NOT NULL DEFAULT 0,
    fingerprint_users BIGINT       NOT NULL DEFAULT 0,
    organic_users     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (app_id, stats_day, publisher, campaign, shard)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE mmp_daily_events (
    app_id             BIGINT        NOT NULL,
    stats_day          DATE          NOT NULL,
    mapping_id         VARCHAR(64)   NOT NULL,
    unconverted        CHAR(3)       NOT NULL,
    shard              INT           NOT NULL,
    events             BIGINT        NOT NULL DEFAULT 0,
    duplicates         BIGINT        NOT NULL DEFAULT 0,
    revenue            DECIMAL(20,6) NOT NULL DEFAULT 0,
    aggregated_value   DECIMAL(20,6) NOT NULL DEFAULT 0,
    unconverted_amount DECIMAL(20,6) NOT NULL DEFAULT 0,
    PRIMARY KEY (app_id, stats_day, mapping_id, unconverted, shard)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Users active in the window_days days ending on a day (1, 7, 30) are the sum of users_delta up to that
-- day: a session day d of a user whose previous one is p adds 1 from max(d, p + window) and takes it back
-- from d + window, so each user counts once per window however many days it had sessions in it.
CREATE TABLE mmp_active_change (
    app_id      BIGINT NOT NULL,
    window_days INT    NOT NULL,
    change_day  DATE   NOT NULL,
    users_delta BIGINT NOT NULL,
    PRIMARY KEY (app_id, window_days, change_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A new session day looks up the user's nearest session days.
CREATE INDEX ix_mmp_session_day_user ON mmp_session_day (app_user_id, session_day);

-- What was stored before these tables existed, on shard 0 (clicks first, then the users they brought).
INSERT INTO mmp_daily_traffic (app_id, stats_day, publisher, campaign, shard, clicks)
SELECT app_id, click_day, COALESCE(publisher, ''), COALESCE(campaign, ''), 0, COUNT(*)
FROM mmp_click
GROUP BY app_id, click_day, COALESCE(publisher, ''), COALESCE(campaign, '');

INSERT INTO mmp_daily_traffic (app_id, stats_day, publisher, campaign, shard, click_users, fingerprint_users,
                               organic_users)
SELECT app_id, attributed_day, COALESCE(publisher, ''), COALESCE(campaign, ''), 1,
       SUM(CASE WHEN source = 'click' THEN 1 ELSE 0 END), SUM(CASE WHEN source = 'fingerprint' THEN 1 ELSE 0 END),
       SUM(CASE WHEN source = 'organic' THEN 1 ELSE 0 END)
FROM mmp_app_user
GROUP BY app_id, attributed_day, COALESCE(publisher, ''), COALESCE(campaign, '');

INSERT INTO mmp_daily_events (app_id, stats_day, mapping_id, unconverted, shard, events, duplicates, revenue,
                              aggregated_value, unconverted_amount)
SELECT app_id, event_day, mapping_id,
       CASE WHEN counted AND amount IS NOT NULL AND revenue IS NULL THEN currency ELSE '' END, 0,
       SUM(CASE WHEN counted THEN 1 ELSE 0 END), SUM(CASE WHEN counted THEN 0 ELSE 1 END),
       COALESCE(SUM(CASE WHEN counted THEN revenue END), 0), COALESCE(SUM(CASE WHEN counted THEN aggregated_value END), 0),
       COALESCE(SUM(CASE WHEN counted AND revenue IS NULL THEN amount END), 0)
FROM mmp_event
GROUP BY app_id, event_day, mapping_id, CASE WHEN counted AND amount IS NOT NULL AND revenue IS NULL THEN currency ELSE '' END;


-- For each window, a user's first session day adds 1 from that day, a later one from the day the window of
-- the one before it ends (or from itself, if that is sooner); every session day takes 1 back a window later.
INSERT INTO mmp_active_change (app_id, window_days, change_day, users_delta)
SELECT app_id, window_days, change_day, SUM(delta)
FROM (SELECT d.app_id, w.window_days,
             CASE WHEN d.prev_day IS NULL OR TIMESTAMPADD(DAY, w.window_days, d.prev_day) <= d.session_day
                  THEN d.session_day ELSE TIMESTAMPADD(DAY, w.window_days, d.prev_day) END AS change_day,
             1 AS delta
      FROM (SELECT app_id, session_day,
                   LAG(session_day) OVER (PARTITION BY app_id, app_user_id ORDER BY session_day) AS prev_day
            FROM mmp_session_day) d
      CROSS JOIN (SELECT 1 AS window_days UNION ALL SELECT 7 UNION ALL SELECT 30) w
      UNION ALL
      SELECT s.app_id, w.window_days, TIMESTAMPADD(DAY, w.window_days, s.session_day), -1
      FROM mmp_session_day s
      CROSS JOIN (SELECT 1 AS window_days UNION ALL SELECT 7 UNION ALL SELECT 30) w) changes
GROUP BY app_id, window_days, change_day;
