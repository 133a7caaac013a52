package io.trackline.platform.domain;

/** What a dashboard user may do: an admin works across all tenants, every other role within its own. */
public enum Role {
    ADMIN,
    BRAND,
    APP_OWNER,
    RETAILER,
    ADVERTISER
}
