package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The management API end to end: tokens for API clients (200 / 400 / 401), bearer-protected resources
 * (401 without a valid token, 403 for another tenant or a role that may not), and a retailer's signing
 * keys through their life: issued with the secret shown once, signing auctions, rotated with overlap,
 * revoked.
 */
class ManagementApiIT extends TracklineIT {

    private static final String AUCTION = "{\"platform_type\":\"WEB_DESKTOP\",\"search_term\":\"cola\",\"uid\":\"u\"}";

    @Test
    void aClientGetsAShortLivedTokenNamingItsRoleAndTenant() {
        HttpResponse<String> response = Admin.tokenResponse(Admin.RETAILER_CLIENT, Admin.RETAILER_SECRET);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        JsonObject token = Http.json(response);
        assertEquals("Bearer", token.getString("token_type"));
        assertEquals(900, token.getInt("expires_in"));
        JsonObject claims = Admin.claims(token.getString("access_token"));
        assertEquals("trackline", claims.getString("iss"));
        assertEquals(Admin.RETAILER_CLIENT, claims.getString("upn"));
        assertEquals("retailer", claims.getJsonArray("groups").getString(0));
        assertEquals("11", claims.getString("tenant"));
        assertEquals(900, claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue());
    }

    @Test
    void credentialsGoInTheFormInHttpBasicOrInJson() {
        String basic = Base64.getEncoder().encodeToString((Admin.ADMIN_CLIENT + ":" + Admin.ADMIN_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> viaBasic = Http.send(Http.request("/api/auth/token")
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        HttpResponse<String> viaJson = Http.postJson("/api/auth/token", "{\"grant_type\":\"client_credentials\","
                + "\"client_id\":\"" + Admin.ADMIN_CLIENT + "\",\"client_secret\":\"" + Admin.ADMIN_SECRET + "\"}");

        assertEquals(200, viaBasic.statusCode(), viaBasic.body());
        assertEquals(200, viaJson.statusCode(), viaJson.body());
        assertEquals("admin", Admin.claims(Http.json(viaJson).getString("access_token")).getJsonArray("groups")
                .getString(0));
    }

    @Test
    void wrongOrMissingCredentialsAreRefused() {
        Http.assertProblem(401, null, Admin.tokenResponse(Admin.ADMIN_CLIENT, "not-the-secret"));
        Http.assertProblem(401, null, Admin.tokenResponse("no-such-client", Admin.ADMIN_SECRET));
        Http.assertProblem(400, "grant_type", Http.postJson("/api/auth/token", "{\"client_id\":\"demo-admin\"}"));
        Http.assertProblem(400, "client_id", Http.postJson("/api/auth/token",
                "{\"grant_type\":\"client_credentials\"}"));
        Http.assertProblem(400, "client_secret", Http.postJson("/api/auth/token",
                "{\"grant_type\":\"client_credentials\",\"client_id\":\"demo-admin\"}"));
    }

    @Test
    void theAdminApiNeedsAValidTokenOfTrackline() throws Exception {
        assertUnauthorized(Admin.call("GET", "/api/admin/retailers", null, null));
        assertUnauthorized(Admin.call("GET", "/api/admin/retailers", "not.a.jwt", null));
        assertUnauthorized(Admin.call("GET", "/api/admin/retailers", forgedAdminToken(), null));
    }

    @Test
    void aRetailersClientSeesOnlyItsOwnRetailer() {
        String token = Admin.token(Admin.RETAILER_CLIENT, Admin.RETAILER_SECRET);

        JsonArray retailers = Http.jsonArray(Admin.call("GET", "/api/admin/retailers", token, null));
        assertEquals(1, retailers.size(), retailers.toString());
        assertEquals(11, retailers.getJsonObject(0).getInt("id"));
        assertEquals(200, Admin.call("GET", "/api/admin/retailers/11/keys", token, null).statusCode());
        Http.assertProblem(403, null, Admin.call("GET", "/api/admin/retailers/7", token, null));
        Http.assertProblem(403, null, Admin.call("GET", "/api/admin/retailers/7/keys", token, null));
        Http.assertProblem(403, null, Admin.call("POST", "/api/admin/retailers/7/keys", token, "{\"label\":\"x\"}"));
        Http.assertProblem(403, null, Admin.call("POST", "/api/admin/retailers", token,
                "{\"id\":" + newRetailerId() + ",\"name\":\"Mine\"}"));
    }

    @Test
    void anAdminAddsARetailerAndChangesItsSettings() {
        String admin = Admin.adminToken();
        long id = newRetailerId();

        HttpResponse<String> added = Admin.call("POST", "/api/admin/retailers", admin,
                "{\"id\":" + id + ",\"name\":\" Corner Shop \",\"sp_reserve_price\":0.25}");
        assertEquals(201, added.statusCode(), added.body());
        assertTrue(added.headers().firstValue("Location").orElse("").endsWith("/api/admin/retailers/" + id));
        JsonObject retailer = Http.json(added);
        assertEquals("Corner Shop", retailer.getString("name"));
        assertEquals(0.25, retailer.getJsonNumber("sp_reserve_price").doubleValue());
        assertEquals(14, retailer.getInt("attribution_window_days"));
        assertEquals("any", retailer.getString("signature_scheme"), "the seed's signature keeps working");
        Http.assertProblem(409, null, Admin.call("POST", "/api/admin/retailers", admin,
                "{\"id\":" + id + ",\"name\":\"Again\"}"));
        Http.assertProblem(400, "name", Admin.call("POST", "/api/admin/retailers", admin, "{\"id\":" + (id + 1) + "}"));
        Http.assertProblem(400, "attribution_window_days", Admin.call("PATCH", "/api/admin/retailers/" + id, admin,
                "{\"attribution_window_days\":0}"));

        JsonObject changed = Http.json(Admin.call("PATCH", "/api/admin/retailers/" + id, admin,
                "{\"attribution_window_days\":30,\"display_reserve_price\":0.5}"));
        assertEquals(30, changed.getInt("attribution_window_days"));
        assertEquals(0.5, changed.getJsonNumber("display_reserve_price").doubleValue());
        assertEquals("Corner Shop", changed.getString("name"), "what the changes leave out stays");
        Http.assertProblem(404, null, Admin.call("GET", "/api/admin/retailers/" + (id + 1), admin, null));
    }

    @Test
    void aSigningKeyIsShownOnceSignsAtOnceRotatesWithOverlapAndIsRevoked() {
        String admin = Admin.adminToken();
        long id = newRetailerId();
        String auction = "/api/auction/sp/keyword/" + id;
        Admin.call("POST", "/api/admin/retailers", admin, "{\"id\":" + id + ",\"name\":\"Key shop\"}");

        HttpResponse<String> issued = Admin.call("POST", "/api/admin/retailers/" + id + "/keys", admin,
                "{\"label\":\"first\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        assertEquals("no-store", issued.headers().firstValue("Cache-Control").orElse(""));
        String first = Http.json(issued).getString("secret");
        long firstId = Http.json(issued).getJsonObject("key").getInt("id");
        assertTrue(first.matches("[A-Za-z0-9_-]{43}"), first);
        assertEquals("whsec_" + Base64.getEncoder().encodeToString(first.getBytes(StandardCharsets.UTF_8)),
                Http.json(issued).getString("webhook_secret"), "the same key for the Standard Webhooks libraries");
        HttpResponse<String> listed = Admin.call("GET", "/api/admin/retailers/" + id + "/keys", admin, null);
        assertFalse(listed.body().contains(first), "a secret is never shown again");
        assertTrue(Http.jsonArray(listed).getJsonObject(0).getBoolean("active"));

        // A retailer without advertisers: 404 means the signature was accepted, 400 that it was not.
        Http.assertProblem(404, null, Retail.post(auction, AUCTION, first));
        Http.assertProblem(400, null, Retail.post(auction, AUCTION, Retail.SEED_KEY));

        String second = Http.json(Admin.call("POST", "/api/admin/retailers/" + id + "/keys", admin,
                "{\"label\":\"second\"}")).getString("secret");
        Http.assertProblem(404, null, Retail.post(auction, AUCTION, first));
        Http.assertProblem(404, null, Retail.post(auction, AUCTION, second));

        JsonObject revoked = Http.json(Admin.call("DELETE", "/api/admin/retailers/" + id + "/keys/" + firstId,
                admin, null));
        assertFalse(revoked.getBoolean("active"));
        assertTrue(revoked.containsKey("revoked_at"));
        Http.assertProblem(400, null, Retail.post(auction, AUCTION, first));
        Http.assertProblem(404, null, Retail.post(auction, AUCTION, second));
        Http.assertProblem(404, null, Admin.call("DELETE", "/api/admin/retailers/" + id + "/keys/999999999", admin,
                null));
    }

    @Test
    void aKeySignsOnlyWithinItsValidity() {
        String admin = Admin.adminToken();
        long id = newRetailerId();
        String auction = "/api/auction/sp/keyword/" + id;
        Admin.call("POST", "/api/admin/retailers", admin, "{\"id\":" + id + ",\"name\":\"Window shop\"}");

        String later = Http.json(Admin.call("POST", "/api/admin/retailers/" + id + "/keys", admin,
                "{\"label\":\"next year\",\"valid_from\":\"" + Instant.now().plusSeconds(365 * 86_400L) + "\"}"))
                .getString("secret");
        Http.assertProblem(400, null, Retail.post(auction, AUCTION, later));
        Http.assertProblem(400, "valid_until", Admin.call("POST", "/api/admin/retailers/" + id + "/keys", admin,
                "{\"label\":\"backwards\",\"valid_from\":\"2030-01-02T00:00:00Z\","
                        + "\"valid_until\":\"2030-01-01T00:00:00Z\"}"));

        HttpResponse<String> issued = Admin.call("POST", "/api/admin/retailers/" + id + "/keys", admin,
                "{\"label\":\"now\"}");
        String now = Http.json(issued).getString("secret");
        long nowId = Http.json(issued).getJsonObject("key").getInt("id");
        Http.assertProblem(404, null, Retail.post(auction, AUCTION, now));

        Instant soon = Instant.now().plusSeconds(60);
        JsonObject ending = Http.json(Admin.call("PATCH", "/api/admin/retailers/" + id + "/keys/" + nowId, admin,
                "{\"valid_until\":\"" + soon + "\"}"));
        assertTrue(ending.getBoolean("active"), "still signing until then");
        Http.assertProblem(404, null, Retail.post(auction, AUCTION, now));
        try (ServerClock ahead = ServerClock.runAhead(Duration.ofSeconds(61))) {
            Http.assertProblem(400, null, Retail.post(auction, AUCTION, now));
        }
    }

    @Test
    void replayProtectionIsTheRetailersSwitchAndOnlyASuccessUsesASignatureUp() {
        String admin = Admin.adminToken();
        long id = newRetailerId();
        Admin.call("POST", "/api/admin/retailers", admin, "{\"id\":" + id + ",\"name\":\"Careful shop\"}");
        String key = Http.json(Admin.call("POST", "/api/admin/retailers/" + id + "/keys", admin,
                "{\"label\":\"k\"}")).getString("secret");

        Admin.call("PATCH", "/api/admin/retailers/" + id, admin, "{\"replay_protection\":true}");

        Http.assertProblem(400, "ts", Retail.post("/api/auction/sp/keyword/" + id, AUCTION, key));
        String fresh = AUCTION.replace("}", ",\"ts\":" + Instant.now().getEpochSecond() + "}");
        Http.assertProblem(404, null, Retail.post("/api/auction/sp/keyword/" + id, fresh, key));
        Http.assertProblem(404, null, Retail.post("/api/auction/sp/keyword/" + id, fresh, key));
        String shown = "{\"uid\":\"u\",\"product_ids\":[\"P1\"],\"ts\":" + Instant.now().getEpochSecond() + "}";
        Http.ok(Retail.post("/api/event/product-shown/" + id, shown, key));
        Http.assertProblem(409, null, Retail.post("/api/event/product-shown/" + id, shown, key));
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                response.headers().map().toString());
    }

    /** A well-formed admin token, signed by a key that is not Trackline's. */
    private static String forgedAdminToken() throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String input = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + base64.encodeToString(("{\"iss\":\"trackline\",\"upn\":\"mallory\",\"sub\":\"mallory\","
                + "\"groups\":[\"admin\"],\"iat\":" + now + ",\"exp\":" + (now + 600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(keys.generateKeyPair().getPrivate());
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + base64.encodeToString(rs256.sign());
    }

    /** Retailer ids of the partner's own choosing: far from the demo's, new on every run. */
    private static long newRetailerId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }
}
