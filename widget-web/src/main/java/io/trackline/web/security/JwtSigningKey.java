package io.trackline.web.security;

import io.trackline.platform.api.DeploymentMode;
import io.trackline.platform.api.DemoSecrets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * The key Trackline signs management API tokens with: RSA, PKCS#8, Base64 (PEM armour allowed), from the
 * environment variable {@value #ENVIRONMENT} or the system property {@value #PROPERTY}. Without either,
 * demo mode uses the demo key committed to the repository, and production has no key at all (and does not
 * start: the start-up check refuses it), so the demo key never verifies a token outside demo mode. The
 * public half is derived from it, and it is what MicroProfile JWT verifies tokens with
 * ({@link JwtVerificationConfigSource}), so the two cannot disagree.
 */
public final class JwtSigningKey {

    static final String ENVIRONMENT = "TRACKLINE_JWT_PRIVATE_KEY";
    static final String PROPERTY = "trackline.jwt.private-key";

    private static volatile JwtSigningKey configured;

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;
    private final boolean demo;

    private JwtSigningKey(RSAPrivateCrtKey privateKey, RSAPublicKey publicKey, boolean demo) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.demo = demo;
    }

    /** The configured key (read once), the demo key in demo mode, or none. */
    public static Optional<JwtSigningKey> configured() {
        JwtSigningKey key = configured;
        if (key == null) {
            String given = System.getenv(ENVIRONMENT);
            if (given == null || given.isBlank()) {
                given = System.getProperty(PROPERTY);
            }
            if (given != null && !given.isBlank()) {
                key = of(given, false);
            } else if (DeploymentMode.demo()) {
                key = of(DemoSecrets.jwtPrivateKey(), true);
            } else {
                return Optional.empty();
            }
            configured = key;
        }
        return Optional.of(key);
    }

    static JwtSigningKey of(String base64, boolean demo) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(DemoSecrets.keyBody(base64))));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new JwtSigningKey(privateKey, publicKey, demo);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException(ENVIRONMENT + " must be an RSA private key, PKCS#8 in Base64"
                    + " (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048)", e);
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
