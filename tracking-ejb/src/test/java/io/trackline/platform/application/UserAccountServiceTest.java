package io.trackline.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.platform.api.DashboardUser;
import io.trackline.platform.domain.Role;
import io.trackline.platform.domain.UserAccount;
import io.trackline.platform.domain.UserAccountRepository;
import io.trackline.platform.infrastructure.PasswordHashing;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAccountServiceTest {

    /** Hashes as "hash:" + the password, and remembers every hash it was asked to check against. */
    private static final class RecordingHash implements Pbkdf2PasswordHash {
        final List<String> checkedAgainst = new ArrayList<>();

        @Override
        public void initialize(Map<String, String> parameters) {
        }

        @Override
        public String generate(char[] password) {
            return "hash:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            checkedAgainst.add(hashedPassword);
            return hashedPassword.equals(generate(password));
        }
    }

    private static final class InMemoryAccounts implements UserAccountRepository {
        final Map<String, UserAccount> byUsername = new HashMap<>();

        @Override
        public Optional<UserAccount> findByUsername(String username) {
            return Optional.ofNullable(byUsername.get(username));
        }

        @Override
        public boolean anyOf(Role role) {
            return byUsername.values().stream().anyMatch(account -> account.role() == role);
        }

        @Override
        public List<UserAccount> all() {
            return byUsername.values().stream().sorted(Comparator.comparing(UserAccount::username)).toList();
        }

        @Override
        public void add(UserAccount account) {
            byUsername.put(account.username(), account);
        }

        @Override
        public void remove(UserAccount account) {
            byUsername.remove(account.username());
        }
    }

    private final RecordingHash pbkdf2 = new RecordingHash();
    private final UserAccountService users = new UserAccountService();

    @BeforeEach
    void wire() {
        users.accounts = new InMemoryAccounts();
        users.passwords = new PasswordHashing(pbkdf2);
        users.accounts.add(new UserAccount("pat", "hash:right", Role.BRAND, "default", Instant.EPOCH));
        pbkdf2.checkedAgainst.clear();
    }

    @Test
    void theRightPasswordSignsTheUserInWithItsRoleAndTenant() {
        assertEquals(Optional.of(new DashboardUser("pat", "brand", "default")),
                users.authenticate("pat", "right".toCharArray()));
    }

    @Test
    void aWrongPasswordIsCheckedAgainstTheUsersHashAndRefused() {
        assertTrue(users.authenticate("pat", "wrong".toCharArray()).isEmpty());
        assertEquals(List.of("hash:right"), pbkdf2.checkedAgainst);
    }

    @Test
    void anUnknownUsernameCostsAPasswordCheckAgainstAHashOfTheSameMakeAndIsRefused() {
        String unknownUserHash = users.passwords.unknownUserHash();

        assertTrue(users.authenticate("nobody", "right".toCharArray()).isEmpty());
        assertTrue(users.authenticate("nobody", unknownUserHash.substring(5).toCharArray()).isEmpty(),
                "not even the stand-in hash's own password signs an unknown user in");

        assertEquals(List.of(unknownUserHash, unknownUserHash), pbkdf2.checkedAgainst);
        assertTrue(unknownUserHash.startsWith("hash:"), "made by the same hashing as every user's");
    }

    @Test
    void theFirstAdminIsMadeOnlyWhileThereIsNone() {
        assertTrue(users.registerFirstAdmin("operator", "a long password".toCharArray()));
        assertFalse(users.registerFirstAdmin("another", "a long password".toCharArray()), "an admin exists now");
        assertEquals(Optional.of(new DashboardUser("operator", "admin", null)),
                users.authenticate("operator", "a long password".toCharArray()));
    }
}
