-- The demo seeds that have run on this database: each runs once, so a demo row someone deleted stays
-- deleted after a restart.
CREATE TABLE demo_seed (
    seed      VARCHAR(100) NOT NULL,
    seeded_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (seed)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
