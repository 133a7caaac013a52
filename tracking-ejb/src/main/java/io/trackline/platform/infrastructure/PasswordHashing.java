package io.trackline.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes dashboard passwords with Jakarta Security's PBKDF2, at the OWASP-recommended cost for
 * HMAC-SHA512. The stored form carries its own algorithm, cost and salt, so the identity store verifies it
 * whatever the parameters were when it was made.
 */
@ApplicationScoped
public class PasswordHashing {

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }
}
