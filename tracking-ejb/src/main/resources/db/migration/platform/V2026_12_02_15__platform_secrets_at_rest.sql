-- Secrets at rest under the master key. Partner secrets (access keys, S2S tokens, API client secrets)
-- were bare SHA-256; they become HMAC-SHA256 under a pepper derived from the master key, once, at the
-- first start-up that finds no row here (the row records which pepper, as an HMAC of a fixed text, so a
-- start under another master key is refused). The daily visitor-hash keys are sealed with AES-GCM under
-- the master key; a row whose key_nonce is NULL was stored in clear and is sealed at start-up.
CREATE TABLE secret_hashing (
    id           TINYINT     NOT NULL,
    pepper_check CHAR(64)    NOT NULL,
    migrated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

ALTER TABLE daily_hash_key MODIFY key_bytes VARBINARY(64) NOT NULL;
ALTER TABLE daily_hash_key ADD COLUMN key_nonce VARBINARY(12) NULL;
