package io.trackline.dashboard.security;

import io.trackline.platform.api.UserAccounts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Whom the dashboard knows: the users of {@code user_account}, their passwords checked against PBKDF2 hashes
 * by {@link UserAccounts}, each in the group of its role. The service spends as long on an unknown
 * username as on a wrong password, which a database identity store does not (it skips the hashing), so the
 * time of a refusal does not tell which usernames exist.
 */
@ApplicationScoped
public class DashboardIdentityStore implements IdentityStore {

    @EJB
    private UserAccounts users;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return users.authenticate(credential.getCaller(), credential.getPassword().getValue())
                .map(user -> new CredentialValidationResult(user.username(), Set.of(user.role())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
