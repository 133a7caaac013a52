package io.trackline.platform.application;

import io.trackline.platform.domain.Role;
import io.trackline.platform.domain.UserAccount;
import io.trackline.platform.domain.UserAccountRepository;
import io.trackline.platform.infrastructure.PasswordHashing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The demo admin, {@value #ADMIN_USERNAME} / {@value #ADMIN_PASSWORD}, and the demo admin API client,
 * {@value #ADMIN_CLIENT} / {@value #ADMIN_CLIENT_SECRET}, listed in the README.
 */
@Stateless
public class PlatformDemoSeed implements DemoSeed {

    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "trackline-demo";
    static final String ADMIN_CLIENT = "demo-admin";
    static final String ADMIN_CLIENT_SECRET = "demo-admin-secret";

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private ApiClientService apiClients;

    @Override
    public void seed() {
        if (accounts.findByUsername(ADMIN_USERNAME).isEmpty()) {
            String hash = passwords.hash(ADMIN_PASSWORD.toCharArray());
            accounts.add(new UserAccount(ADMIN_USERNAME, hash, Role.ADMIN, Clock.systemUTC().instant()));
        }
        apiClients.registerIfAbsent(ADMIN_CLIENT, ADMIN_CLIENT_SECRET, "Demo administrator", Role.ADMIN, null);
    }
}
