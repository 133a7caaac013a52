package io.trackline.retail.application;

import io.trackline.retail.domain.KeyCipher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that seals retailers' signing keys at rest: {@code trackline.retail.master-key}, 32 bytes in
 * Base64 ({@code TRACKLINE_RETAIL_MASTER_KEY}). The default is a demo value, and says so in the log.
 */
@ApplicationScoped
public class MasterKey {

    static final String DEMO_KEY = "dHJhY2tsaW5lLWRlbW8tbWFzdGVyLWtleS0zMmJ5dGU=";
    private static final Logger LOG = Logger.getLogger(MasterKey.class.getName());

    @Inject
    @ConfigProperty(name = "trackline.retail.master-key", defaultValue = DEMO_KEY)
    String configured;

    private KeyCipher cipher;

    @PostConstruct
    void read() {
        if (DEMO_KEY.equals(configured)) {
            LOG.warning("trackline.retail.master-key is the demo value: set TRACKLINE_RETAIL_MASTER_KEY"
                    + " (32 random bytes, Base64) before storing real retailer keys.");
        }
        cipher = new KeyCipher(Base64.getDecoder().decode(configured.strip()));
    }

    public KeyCipher cipher() {
        return cipher;
    }
}
