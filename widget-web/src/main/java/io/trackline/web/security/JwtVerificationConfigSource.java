package io.trackline.web.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tells MicroProfile JWT how to verify the management API's tokens: signed by Trackline
 * ({@value JwtIssuer#ISSUER}) with the public half of {@link JwtSigningKey}. Without a key (production that
 * did not set one) there is no public key either, and no token verifies.
 */
public class JwtVerificationConfigSource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case PUBLIC_KEY -> JwtSigningKey.configured().map(JwtSigningKey::publicKeyPem).orElse(null);
            case ISSUER -> JwtIssuer.ISSUER;
            default -> null;
        };
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put(ISSUER, JwtIssuer.ISSUER);
        JwtSigningKey.configured().ifPresent(key -> properties.put(PUBLIC_KEY, key.publicKeyPem()));
        return properties;
    }

    @Override
    public String getName() {
        return "Trackline JWT verification";
    }
}
