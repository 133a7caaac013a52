-- The keys of the visitor hashes (ip + user agent), one per UTC day, shared by every node and destroyed
-- once the days that may still need them have passed: a stored hash can then no longer be tested.
CREATE TABLE daily_hash_key (
    key_day    DATE        NOT NULL,
    key_bytes  VARBINARY(32) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (key_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
