package io.trackline.dashboard.web;

import io.trackline.dashboard.security.Viewer;
import io.trackline.platform.api.DashboardUser;

/** A signed-in user for a backing bean under test, without a container. */
public final class Viewers {

    private Viewers() {
    }

    public static Viewer of(String username, String role, String tenant) {
        DashboardUser user = new DashboardUser(username, role, tenant);
        return new Viewer() {
            @Override
            public DashboardUser user() {
                return user;
            }
        };
    }
}
