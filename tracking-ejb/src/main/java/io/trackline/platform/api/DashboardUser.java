package io.trackline.platform.api;

/**
 * Who is signed in to the dashboard: a username, a role (lower case: {@code admin}, {@code brand},
 * {@code app_owner}, {@code retailer}, {@code advertiser}) and the tenant it works in ({@code null} for an
 * admin, who works in all).
 */
public record DashboardUser(String username, String role, String tenant) {

    public static final String ADMIN = "admin";

    public boolean admin() {
        return ADMIN.equals(role);
    }

    /** Whether this user may see what belongs to that tenant of that role. */
    public boolean mayAccess(String tenantRole, String tenantId) {
        return admin() || role.equals(tenantRole) && tenant != null && tenant.equals(tenantId);
    }
}
