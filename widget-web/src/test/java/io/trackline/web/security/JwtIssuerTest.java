package io.trackline.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.platform.api.ApiCaller;
import io.trackline.platform.api.DeploymentMode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens that MicroProfile JWT accepts: RS256 under the public half of the configured key. */
class JwtIssuerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @BeforeAll
    static void demoMode() {
        DeploymentMode.decide(DeploymentMode.DEMO);
    }

    private static JsonObject part(String token, int index) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static boolean verifies(String token) throws Exception {
        String[] parts = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(JwtSigningKey.configured().orElseThrow().publicKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    @Test
    void aTokenIsSignedWithTheKeyWhosePublicHalfVerifiesIt() throws Exception {
        String token = new JwtIssuer().issue(new ApiCaller("retailer-11", "retailer", "11"), NOW).token();

        assertEquals("RS256", part(token, 0).getString("alg"));
        assertTrue(verifies(token));
        assertFalse(verifies(token.substring(0, token.lastIndexOf('.') - 2) + "xx" + token.substring(
                token.lastIndexOf('.'))), "a changed claim breaks the signature");
    }

    @Test
    void aTokenNamesTheClientItsRoleAndTenantAndLastsAQuarterOfAnHour() {
        JsonObject claims = part(new JwtIssuer().issue(new ApiCaller("retailer-11", "retailer", "11"), NOW).token(),
                1);

        assertEquals(JwtIssuer.ISSUER, claims.getString("iss"));
        assertEquals("retailer-11", claims.getString("upn"));
        assertEquals("retailer-11", claims.getString("sub"));
        assertEquals("retailer", claims.getJsonArray("groups").getString(0));
        assertEquals("11", claims.getString(JwtIssuer.TENANT_CLAIM));
        assertEquals(NOW.getEpochSecond(), claims.getJsonNumber("iat").longValue());
        assertEquals(NOW.plus(JwtIssuer.LIFETIME).getEpochSecond(), claims.getJsonNumber("exp").longValue());
        assertTrue(claims.getString("jti").matches("[0-9a-f-]{36}"));
    }

    @Test
    void anAdminsTokenHasNoTenant() {
        JsonObject claims = part(new JwtIssuer().issue(new ApiCaller("demo-admin", "admin", null), NOW).token(), 1);

        assertFalse(claims.containsKey(JwtIssuer.TENANT_CLAIM));
    }

    @Test
    void theVerificationKeyIsThePublicHalfAsPem() {
        String pem = new JwtVerificationConfigSource().getValue(JwtVerificationConfigSource.PUBLIC_KEY);

        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"), pem);
        assertTrue(pem.strip().endsWith("-----END PUBLIC KEY-----"), pem);
        assertEquals(JwtIssuer.ISSUER, new JwtVerificationConfigSource().getValue(JwtVerificationConfigSource.ISSUER));
    }

    @Test
    void aConfiguredKeyMayComeWithItsPemArmour() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n";

        JwtSigningKey key = JwtSigningKey.of(pem, false);

        assertEquals(key.privateKey().getModulus(), key.publicKey().getModulus());
        assertFalse(key.demo());
    }

    @Test
    void aKeyThatIsNotAnRsaPrivateKeyIsRefusedSayingWhatItShouldBe() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> JwtSigningKey.of("bm90IGEga2V5", false));

        assertTrue(refused.getMessage().contains(JwtSigningKey.ENVIRONMENT), refused.getMessage());
    }
}
