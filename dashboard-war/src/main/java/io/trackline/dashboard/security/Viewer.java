package io.trackline.dashboard.security;

import io.trackline.platform.api.DashboardUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is signed in, as the pages and the services see it: username, role and tenant, as
 * {@link SignedInUserFilter} looked them up for this request.
 */
@Named
@RequestScoped
public class Viewer {

    @Inject
    private HttpServletRequest request;

    public DashboardUser user() {
        DashboardUser user = (DashboardUser) request.getAttribute(SignedInUserFilter.USER);
        if (user == null) {
            throw new IllegalStateException("Nobody is signed in");
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
