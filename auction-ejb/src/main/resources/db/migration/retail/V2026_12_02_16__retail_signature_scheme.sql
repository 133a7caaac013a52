-- Which signatures a retailer accepts: ANY (the seed's X-STREAEM-HASH or Standard Webhooks, so that seed
-- integrations keep working) or STANDARD_WEBHOOKS (only the webhook-* headers, whose signature covers one
-- body exactly; the seed's signs values without their names).
ALTER TABLE retailer ADD COLUMN signature_scheme VARCHAR(24) NOT NULL DEFAULT 'ANY';
