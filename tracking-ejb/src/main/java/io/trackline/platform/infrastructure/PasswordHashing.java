package io.trackline.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Hashes and checks dashboard passwords with Jakarta Security's PBKDF2, at the OWASP-recommended cost for
 * HMAC-SHA512. The stored form carries its own algorithm, cost and salt, so a hash verifies whatever the
 * parameters were when it was made.
 */
@ApplicationScoped
public class PasswordHashing {

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    private Pbkdf2PasswordHash pbkdf2;
    private String unknownUserHash;

    protected PasswordHashing() {
        // for the container's proxy
    }

    @Inject
    public PasswordHashing(Pbkdf2PasswordHash pbkdf2) {
        this.pbkdf2 = pbkdf2;
        pbkdf2.initialize(PARAMETERS);
        byte[] nobodysPassword = new byte[32];
        new SecureRandom().nextBytes(nobodysPassword);
        unknownUserHash = pbkdf2.generate(Base64.getEncoder().encodeToString(nobodysPassword).toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    /**
     * A hash made as every user's is, of a random password that nobody knows: checking a password against
     * it costs what checking a user's costs, so that an unknown username takes as long to refuse as a wrong
     * password, and the time of an answer does not tell which usernames exist.
     */
    public String unknownUserHash() {
        return unknownUserHash;
    }
}
