package io.trackline.platform.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The secrets committed to the repository so that a demo runs without any setting. They are public, so
 * they grant access in demo mode only: production refuses to start while any of them is in use
 * (the start-up check).
 */
public final class DemoSecrets {

    /** 32 bytes, Base64: the demo's {@code TRACKLINE_MASTER_KEY}. */
    public static final String MASTER_KEY = "dHJhY2tsaW5lLWRlbW8tbWFzdGVyLWtleS0zMmJ5dGU=";
    public static final String KEYSTORE_PASSWORD = "trackline-demo-keystore";
    public static final String LTPA_KEYS_PASSWORD = "trackline-demo-ltpa";
    public static final String METRICS_PASSWORD = "trackline-demo-metrics";
    public static final String DATABASE_PASSWORD = "trackline";
    private static final String JWT_KEY_RESOURCE = "demo-jwt-private-key.b64";

    private DemoSecrets() {
    }

    /** The demo's RSA private key for management API tokens, PKCS#8 in Base64. */
    public static String jwtPrivateKey() {
        try (InputStream in = DemoSecrets.class.getResourceAsStream(JWT_KEY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo JWT key " + JWT_KEY_RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key's Base64 body, without PEM armour or whitespace, for comparing keys however they are written. */
    public static String keyBody(String key) {
        return key.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }
}
