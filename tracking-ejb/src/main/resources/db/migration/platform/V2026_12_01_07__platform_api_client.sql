-- API clients of the management API: they exchange their id and secret for a short-lived JWT. The secret
-- is random and known only by its SHA-256. An admin client has no tenant; any other client works within
-- the one tenant its role names (a retailer id for a retailer).
CREATE TABLE api_client (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    client_id  VARCHAR(64)  NOT NULL,
    key_hash   CHAR(64)     NOT NULL,
    label      VARCHAR(100) NOT NULL,
    role       VARCHAR(32)  NOT NULL,
    tenant     VARCHAR(64)  NULL,
    created_at DATETIME(6)  NOT NULL,
    revoked_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_client_client_id UNIQUE (client_id),
    CONSTRAINT uq_api_client_key_hash UNIQUE (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
