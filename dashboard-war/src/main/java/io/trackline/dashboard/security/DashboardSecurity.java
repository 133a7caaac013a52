package io.trackline.dashboard.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The dashboard's roles, as its users' groups name them. Who the users are is {@link DashboardIdentityStore}'s
 * to say; {@link DashboardAuthentication} signs them in through it.
 */
@DeclareRoles({DashboardRoles.ADMIN, DashboardRoles.BRAND, DashboardRoles.APP_OWNER, DashboardRoles.RETAILER,
        DashboardRoles.ADVERTISER})
@ApplicationScoped
public class DashboardSecurity {
}
