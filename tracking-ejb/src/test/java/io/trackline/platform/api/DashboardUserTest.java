package io.trackline.platform.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A dashboard user reaches its own tenant of its own role; an admin reaches every tenant. */
class DashboardUserTest {

    @Test
    void aUserReachesOnlyItsOwnTenantOfItsOwnRole() {
        DashboardUser retailer = new DashboardUser("retailer", "retailer", "11");

        assertTrue(retailer.mayAccess("retailer", "11"));
        assertFalse(retailer.mayAccess("retailer", "7"));
        assertFalse(retailer.mayAccess("advertiser", "11"), "the same id of another kind of tenant");
    }

    @Test
    void anAdminReachesEveryTenant() {
        DashboardUser admin = new DashboardUser("admin", DashboardUser.ADMIN, null);

        assertTrue(admin.admin());
        assertTrue(admin.mayAccess("retailer", "7"));
        assertTrue(admin.mayAccess("brand", "default"));
    }
}
