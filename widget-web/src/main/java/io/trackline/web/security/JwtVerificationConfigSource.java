package io.trackline.web.security;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tells MicroProfile JWT how to verify the management API's tokens: signed by Trackline
 * ({@value JwtIssuer#ISSUER}) with the public half of {@link JwtSigningKey}.
 */
public class JwtVerificationConfigSource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY, ISSUER);
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case PUBLIC_KEY -> JwtSigningKey.configured().publicKeyPem();
            case ISSUER -> JwtIssuer.ISSUER;
            default -> null;
        };
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PUBLIC_KEY, getValue(PUBLIC_KEY), ISSUER, getValue(ISSUER));
    }

    @Override
    public String getName() {
        return "Trackline JWT verification";
    }
}
