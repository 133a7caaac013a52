package io.trackline.platform.application;

import io.trackline.platform.api.DashboardUser;
import io.trackline.platform.api.UserAccounts;
import io.trackline.platform.domain.Role;
import io.trackline.platform.domain.UserAccount;
import io.trackline.platform.domain.UserAccountRepository;
import io.trackline.platform.infrastructure.PasswordHashing;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The dashboard's users: checking one's password, who they are once signed in, and adding one (its password
 * hashed, never kept).
 */
@Stateless
@LocalBean
@Local(UserAccounts.class)
public class UserAccountService implements UserAccounts {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHashing passwords;

    /**
     * The user of that username and password, or nothing. An unknown username costs a password check too
     * (against {@link PasswordHashing#unknownUserHash()}), so that it takes as long to refuse as a wrong
     * password.
     */
    public Optional<DashboardUser> authenticate(String username, char[] password) {
        Optional<UserAccount> account = accounts.findByUsername(username);
        String hash = account.map(UserAccount::passwordHash).orElseGet(passwords::unknownUserHash);
        boolean matches = passwords.verify(password, hash);
        return account.filter(known -> matches).map(UserAccountService::user);
    }

    public Optional<DashboardUser> find(String username) {
        return accounts.findByUsername(username).map(UserAccountService::user);
    }

    /** Adds the user unless the username is taken; answers whether it was added. */
    public boolean registerIfAbsent(String username, char[] password, Role role, String tenant) {
        if (accounts.findByUsername(username).isPresent()) {
            return false;
        }
        accounts.add(new UserAccount(username, passwords.hash(password), role, tenant, Instant.now()));
        return true;
    }

    /** Adds an admin unless there is one already; answers whether it was added. */
    public boolean registerFirstAdmin(String username, char[] password) {
        if (accounts.anyOf(Role.ADMIN)) {
            return false;
        }
        return registerIfAbsent(username, password, Role.ADMIN, null);
    }

    private static DashboardUser user(UserAccount account) {
        return new DashboardUser(account.username(), account.role().name().toLowerCase(Locale.ROOT),
                account.tenant());
    }
}
