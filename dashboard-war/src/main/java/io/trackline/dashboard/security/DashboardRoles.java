package io.trackline.dashboard.security;

/** The dashboard's roles, as the users' groups name them. */
public final class DashboardRoles {

    public static final String ADMIN = "admin";
    public static final String BRAND = "brand";
    public static final String APP_OWNER = "app_owner";
    public static final String RETAILER = "retailer";
    public static final String ADVERTISER = "advertiser";

    private DashboardRoles() {
    }
}
