package io.trackline.platform.application;

import io.trackline.platform.domain.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The demo admin, {@value #ADMIN_USERNAME} / {@value #DEMO_PASSWORD}, and the demo admin API client,
 * {@value #ADMIN_CLIENT} / {@value #ADMIN_CLIENT_SECRET}, listed in the README. The other contexts' seeds
 * add a dashboard user of each role, with the same password.
 */
@Stateless
public class PlatformDemoSeed implements DemoSeed {

    static final String ADMIN_USERNAME = "admin";
    public static final String DEMO_PASSWORD = "trackline-demo";
    static final String ADMIN_CLIENT = "demo-admin";
    static final String ADMIN_CLIENT_SECRET = "demo-admin-secret";

    @Inject
    private UserAccountService users;

    @Inject
    private ApiClientService apiClients;

    @Override
    public String name() {
        return "platform";
    }

    @Override
    public void seed() {
        users.registerIfAbsent(ADMIN_USERNAME, DEMO_PASSWORD.toCharArray(), Role.ADMIN, null);
        apiClients.registerIfAbsent(ADMIN_CLIENT, ADMIN_CLIENT_SECRET, "Demo administrator", Role.ADMIN, null);
    }
}
