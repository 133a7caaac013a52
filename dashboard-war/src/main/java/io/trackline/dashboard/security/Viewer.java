package io.trackline.dashboard.security;

import io.trackline.platform.api.DashboardUser;
import io.trackline.platform.application.UserAccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is signed in, as the pages and the services see it: username, role and tenant. */
@Named
@RequestScoped
public class Viewer {

    @Inject
    private SecurityContext securityContext;

    @EJB
    private UserAccountService users;

    private DashboardUser user;

    public DashboardUser user() {
        if (user == null) {
            Principal caller = securityContext.getCallerPrincipal();
            if (caller == null) {
                throw new IllegalStateException("Nobody is signed in");
            }
            user = users.find(caller.getName()).orElseThrow(() -> new IllegalStateException(
                    "The signed-in user " + caller.getName() + " no longer exists"));
        }
        return user;
    }

    public String getUsername() {
        return user().username();
    }

    public String getRole() {
        return user().role();
    }

    public boolean isAdmin() {
        return user().admin();
    }

    /** Whether the influencer tracking screens have anything for this user. */
    public boolean isBrand() {
        return isAdmin() || DashboardRoles.BRAND.equals(getRole());
    }

    /** Whether the server-to-server tracking screens have anything for this user. */
    public boolean isAppOwner() {
        return isAdmin() || DashboardRoles.APP_OWNER.equals(getRole());
    }

    /** Whether the retail media screens have anything for this user. */
    public boolean isRetail() {
        return isAdmin() || DashboardRoles.RETAILER.equals(getRole()) || DashboardRoles.ADVERTISER.equals(getRole());
    }

    /** Whether this user manages retailers (their keys, their traces): an admin or a retailer's user. */
    public boolean isRetailManager() {
        return isAdmin() || DashboardRoles.RETAILER.equals(getRole());
    }
}
