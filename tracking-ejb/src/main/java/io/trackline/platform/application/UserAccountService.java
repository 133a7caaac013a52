package io.trackline.platform.application;

import io.trackline.platform.api.DashboardUser;
import io.trackline.platform.domain.Role;
import io.trackline.platform.domain.UserAccount;
import io.trackline.platform.domain.UserAccountRepository;
import io.trackline.platform.infrastructure.PasswordHashing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The dashboard's users: who they are once signed in, and adding one (its password hashed, never kept). */
@Stateless
public class UserAccountService {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private PasswordHashing passwords;

    public Optional<DashboardUser> find(String username) {
        return accounts.findByUsername(username).map(account -> new DashboardUser(account.username(),
                account.role().name().toLowerCase(Locale.ROOT), account.tenant()));
    }

    /** Adds the user unless the username is taken; answers whether it was added. */
    public boolean registerIfAbsent(String username, char[] password, Role role, String tenant) {
        if (accounts.findByUsername(username).isPresent()) {
            return false;
        }
        accounts.add(new UserAccount(username, passwords.hash(password), role, tenant, Instant.now()));
        return true;
    }
}
