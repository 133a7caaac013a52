package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.platform.api.DemoSecrets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Production as an operator starts it: a server of its own ({@link ProductionServer}) from the shipped EAR
 * and server.xml, on a database of its own. With a missing or demo secret it never starts and never says
 * ready; with real secrets it does, and nothing committed to the repository (demo JWT key, demo clients,
 * keys, retailers) grants anything.
 */
class ProductionStartIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> SECRETS = List.of("TRACKLINE_JWT_PRIVATE_KEY", "TRACKLINE_MASTER_KEY",
            "KEYSTORE_PASSWORD", "LTPA_KEYS_PASSWORD", "TRACKLINE_METRICS_PASSWORD", "TRACKLINE_DB_PASSWORD");

    @Test
    void demoSecretsKeepProductionFromStartingOneLogLineForEach() throws Exception {
        try (ProductionServer server = ProductionServer.start(ProductionServer.database(null))) {
            assertTrue(server.awaitLog(log -> log.contains("refuses to start in production mode")), server.log());
            String log = server.log();
            for (String secret : SECRETS) {
                assertEquals(1, occurrences(log, "Production start refused: " + secret + " is"), secret + "\n" + log);
            }
            assertNeverReady(server);
            assertEquals(404, send(ProductionServer.request("/api/ping").GET().build()).statusCode(),
                    "the application did not start");
        }
    }

    @Test
    void realSecretsStartItAndNothingOfTheDemoGrantsAccess() throws Exception {
        String databasePassword = random(24);
        Map<String, String> environment = new HashMap<>(ProductionServer.database(databasePassword));
        environment.putAll(Map.of("TRACKLINE_JWT_PRIVATE_KEY", rsaPrivateKey(), "TRACKLINE_MASTER_KEY", random(32),
                "KEYSTORE_PASSWORD", random(18), "LTPA_KEYS_PASSWORD", random(18),
                "TRACKLINE_METRICS_PASSWORD", random(18)));
        String adminPassword = random(15);
        environment.putAll(Map.of("TRACKLINE_ADMIN_USERNAME", "operator", "TRACKLINE_ADMIN_PASSWORD", adminPassword));
        try (ProductionServer server = ProductionServer.start(environment)) {
            assertTrue(awaitReady(server), server.log());
            assertTrue(server.log().contains("Trackline runs in production mode."), server.log());
            assertFalse(server.log().contains("DEMO MODE"));

            assertEquals(401, send(ProductionServer.request("/api/admin/retailers")
                    .header("Authorization", "Bearer " + demoAdminToken()).GET().build()).statusCode(),
                    "a token signed with the committed demo key");
            assertEquals(401, tokenFor("demo-admin", "demo-admin-secret", null).statusCode(), "the demo client");
            assertEquals(401, send(ProductionServer.request("/tracker/test-access-key")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"influencer_id\":\"i\",\"product\":\"product\"}"))
                    .build()).statusCode(), "the demo access key");
            String auction = "{\"platform_type\":\"WEB_DESKTOP\",\"search_term\":\"cola\",\"uid\":\"u\"}";
            assertEquals(400, send(ProductionServer.request("/api/auction/sp/keyword/11")
                    .header("Content-Type", "application/json").header("X-STREAEM-HASH",
                            Retail.signature(auction, Retail.SEED_KEY))
                    .POST(HttpRequest.BodyPublishers.ofString(auction)).build()).statusCode(), "the demo retailer");

            HttpResponse<String> login = send(ProductionServer.request("/dashboard/login.xhtml").GET().build());
            assertEquals(200, login.statusCode());
            assertFalse(login.body().contains("Demo mode"), "no demo badge in production");
            LoginForm dashboard = LoginForm.at("http://localhost:" + ProductionServer.httpPort());
            assertEquals(200, dashboard.signIn("admin", "trackline-demo").statusCode(), "no demo user: refused");
            assertEquals(302, dashboard.signIn("operator", adminPassword).statusCode(),
                    "the first admin the operator named signs in");
            assertTrue(server.log().contains("set TRACKLINE_HTTP_SECURE_COOKIES=true"), "cookies not Secure: said");

            assertForwardedForIsNotBelievedFromAnUntrustedPeer();
        }
        environment.put("TRACKLINE_MASTER_KEY", random(32));
        try (ProductionServer server = ProductionServer.restart(environment)) {
            assertTrue(server.awaitLog(log -> log.contains("Start refused: TRACKLINE_MASTER_KEY is not the key")),
                    server.log());
            assertNeverReady(server);
        }
    }

    /**
     * Without a trusted proxy configured, every address in {@code X-Forwarded-For} is the client's claim:
     * failures keep counting against the connection's address, which the limit of 20 then refuses.
     */
    private static void assertForwardedForIsNotBelievedFromAnUntrustedPeer() {
        int status = 0;
        for (int attempt = 0; attempt < 25 && status != 429; attempt++) {
            status = tokenFor("nobody-" + attempt, "wrong", "198.51.100." + attempt).statusCode();
        }
        assertEquals(429, status, "spoofed addresses spread the failures over nobody");
    }

    private static HttpResponse<String> tokenFor(String client, String secret, String forwardedFor) {
        HttpRequest.Builder request = ProductionServer.request("/api/auth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + client
                        + "&client_secret=" + secret));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return send(request.build());
    }

    /** What anyone who read the repository could sign: an admin token under the demo JWT key. */
    private static String demoAdminToken() throws Exception {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"iss\":\"trackline\",\"sub\":\"demo-admin\",\"upn\":\"demo-admin\","
                + "\"groups\":[\"admin\"],\"iat\":" + now + ",\"exp\":" + (now + 600) + ",\"jti\":\"forged\"}")
                .getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(DemoSecrets.keyBody(DemoSecrets.jwtPrivateKey())))));
        rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + base64.encodeToString(rs256.sign());
    }

    private static boolean awaitReady(ProductionServer server) {
        return Waiting.within(Duration.ofSeconds(180), "the production server's readiness",
                () -> server.readiness() == 200);
    }

    /** Looks at readiness every 250 ms for five seconds, after the refusal: never UP. */
    private static void assertNeverReady(ProductionServer server) {
        Waiting.await("the refused server never ready").during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertNotEquals(200, server.readiness(),
                        server.log()));
    }

    private static String rsaPrivateKey() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        return Base64.getEncoder().encodeToString(rsa.generateKeyPair().getPrivate().getEncoded());
    }

    private static String random(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return Http.send(request);
    }
}
