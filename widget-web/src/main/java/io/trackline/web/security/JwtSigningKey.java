package io.trackline.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The key Trackline signs management API tokens with: RSA, PKCS#8, Base64 (PEM armour allowed), from the
 * environment variable {@value #ENVIRONMENT} or the system property {@value #PROPERTY}; without either, a
 * demo key shipped with Trackline. The public half is derived from it, and it is what MicroProfile JWT
 * verifies tokens with ({@link JwtVerificationConfigSource}), so the two cannot disagree.
 */
public final class JwtSigningKey {

    static final String ENVIRONMENT = "TRACKLINE_JWT_PRIVATE_KEY";
    static final String PROPERTY = "trackline.jwt.private-key";
    private static final String DEMO_KEY = "demo-jwt-private-key.b64";

    private static volatile JwtSigningKey configured;

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;
    private final boolean demo;

    private JwtSigningKey(RSAPrivateCrtKey privateKey, RSAPublicKey publicKey, boolean demo) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.demo = demo;
    }

    /** The configured key, read once. */
    public static JwtSigningKey configured() {
        JwtSigningKey key = configured;
        if (key == null) {
            String given = System.getenv(ENVIRONMENT);
            if (given == null || given.isBlank()) {
                given = System.getProperty(PROPERTY);
            }
            key = given == null || given.isBlank() ? of(demoKey(), true) : of(given, false);
            configured = key;
        }
        return key;
    }

    static JwtSigningKey of(String base64, boolean demo) {
        String body = base64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new JwtSigningKey(privateKey, publicKey, demo);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException(ENVIRONMENT + " must be an RSA private key, PKCS#8 in Base64"
                    + " (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048)", e);
        }
    }

    private static String demoKey() {
        try (InputStream in = JwtSigningKey.class.getResourceAsStream(DEMO_KEY)) {
            if (in == null) {
                throw new IllegalStateException("The demo JWT key " + DEMO_KEY + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RSAPrivateCrtKey privateKey() {
        return privateKey;
    }

    /** The public key as MicroProfile JWT takes it: X.509 SubjectPublicKeyInfo, PEM. */
    String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    RSAPublicKey publicKey() {
        return publicKey;
    }

    boolean demo() {
        return demo;
    }
}
