package io.trackline.web.security;

import io.trackline.platform.api.ApiCaller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Issues the management API's bearer tokens: JWTs signed RS256 with {@link JwtSigningKey}, valid for
 * {@link #LIFETIME}, naming the API client ({@code sub}, {@code upn}), its role ({@code groups}) and its
 * tenant ({@value #TENANT_CLAIM}).
 */
@ApplicationScoped
public class JwtIssuer {

    public static final String ISSUER = "trackline";
    public static final String TENANT_CLAIM = "tenant";
    static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(JwtIssuer.class.getName());
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** A token and how long it lasts. */
    public record IssuedToken(String token, Duration lifetime) {
    }

    @PostConstruct
    void warnOfDemoKey() {
        if (JwtSigningKey.configured().map(JwtSigningKey::demo).orElse(false)) {
            LOG.warning("Management API tokens are signed with the demo key: set " + JwtSigningKey.ENVIRONMENT
                    + " (an RSA private key, PKCS#8 in Base64) in every real deployment.");
        }
    }

    public IssuedToken issue(ApiCaller caller, Instant now) {
        JsonObject header = JSON.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build();
        var claims = JSON.createObjectBuilder()
                .add("iss", ISSUER)
                .add("sub", caller.clientId())
                .add("upn", caller.clientId())
                .add("groups", JSON.createArrayBuilder().add(caller.role()))
                .add("iat", now.getEpochSecond())
                .add("exp", now.plus(LIFETIME).getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        if (caller.tenant() != null) {
            claims.add(TENANT_CLAIM, caller.tenant());
        }
        String signingInput = part(header) + "." + part(claims.build());
        return new IssuedToken(signingInput + "." + BASE64URL.encodeToString(sign(signingInput)), LIFETIME);
    }

    private static String part(JsonObject json) {
        return BASE64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sign(String signingInput) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(JwtSigningKey.configured().orElseThrow(() -> new IllegalStateException(
                    "No key signs management API tokens: set " + JwtSigningKey.ENVIRONMENT)).privateKey());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return rs256.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime signs SHA256withRSA", e);
        }
    }
}
