-- A dashboard user works within one tenant unless an admin: a brand's customer code, an app owner's app
-- key, a retailer's id, an advertiser's id.
ALTER TABLE user_account ADD COLUMN tenant VARCHAR(64) NULL;
