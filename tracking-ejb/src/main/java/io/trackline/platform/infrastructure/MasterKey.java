package io.trackline.platform.infrastructure;

import io.trackline.platform.api.DemoSecrets;
import io.trackline.platform.api.DeploymentMode;
import io.trackline.platform.domain.KeyCipher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that protects secrets at rest: {@value #PROPERTY}, 32 bytes in Base64
 * ({@code TRACKLINE_MASTER_KEY}; {@code TRACKLINE_RETAIL_MASTER_KEY}, its earlier name, still works). It
 * seals retailers' signing keys itself; every other use gets a key of its own derived from it
 * (HMAC-SHA256 of the purpose), so that no two uses share a key. Only demo mode may go without it, on the
 * demo value.
 */
@ApplicationScoped
public class MasterKey {

    public static final String PROPERTY = "trackline.master-key";
    public static final String LEGACY_PROPERTY = "trackline.retail.master-key";
    private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());
    private static final String HMAC = "HmacSHA256";

    @Inject
    @ConfigProperty(name = PROPERTY)
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = LEGACY_PROPERTY)
    Optional<String> legacy;

    private byte[] key;
    private KeyCipher cipher;

    @PostConstruct
    void read() {
        Optional<String> given = configured.or(() -> legacy).filter(value -> !value.isBlank());
        if (given.isEmpty() && !DeploymentMode.demo()) {
            throw new IllegalStateException("TRACKLINE_MASTER_KEY is not set; production cannot do without it");
        }
        if (configured.isEmpty() && legacy.isPresent()) {
            LOG.warning("TRACKLINE_RETAIL_MASTER_KEY is the earlier name of TRACKLINE_MASTER_KEY: rename it.");
        }
        try {
            key = Base64.getDecoder().decode(given.orElse(DemoSecrets.MASTER_KEY).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("TRACKLINE_MASTER_KEY must be 32 random bytes in Base64", e);
        }
        cipher = new KeyCipher(key);
    }

    /** Seals retailers' signing keys (with the retailer's id as the owner). */
    public KeyCipher cipher() {
        return cipher;
    }

    /** A key of its own for one use, e.g. {@code "daily-hash-keys"}; the same purpose gives the same key. */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(("trackline/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + HMAC, e);
        }
    }
}
