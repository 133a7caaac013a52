-- Retailers and their signing keys are managed through the management API: a retailer's settings change,
-- and auctions must notice (the auction index reloads when updated_at moves); a key can be revoked.
ALTER TABLE retailer ADD COLUMN updated_at DATETIME(6) NULL;
ALTER TABLE retailer_key ADD COLUMN revoked_at DATETIME(6) NULL;
