package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Retail requests signed with Standard Webhooks by the official npm package, a client no one here wrote:
 * its signatures are accepted (an auction, a click, an add-to-cart), tampered bodies, another key and
 * stale or future timestamps are refused; two signatures while keys rotate; a retailer that requires the
 * scheme refuses the seed's signature; the webhook-id is the idempotency key (the first answer again, 422
 * for another body, nothing used up by a 4xx or a 5xx); two copies in flight, one 409.
 */
class StandardWebhooksIT extends TracklineIT {

    private static final String KEY = "it-" + UUID.randomUUID();
    private static final String SECRET = Webhooks.secret(KEY);

    private static final String KEYWORD = "webhooks" + (System.nanoTime() % 1_000_000);

    /** One retailer (accepting either scheme) with a campaign the auction index has taken in; 0 until made. */
    private static long retailer;

    /**
     * Made by the first test that asks (not in a {@code @BeforeAll}: that may run before the deployment is
     * ready).
     */
    private static synchronized long retailer() {
        if (retailer == 0) {
            long made = Retail.newRetailer(KEY, false);
            Retail.newCampaign(made, "50", KEYWORD, null, null);
            Retail.winner(made, KEY, KEYWORD, "warm-up");
            retailer = made;
        }
        return retailer;
    }

    @Test
    void theLibrarysSignaturesAreAcceptedForAnAuctionAndItsEvents() throws Exception {
        HttpResponse<String> auction = Webhooks.post(path("auction/sp/keyword"), auction(KEYWORD, "shopper-1"),
                SECRET);
        JsonObject winner = Http.json(Http.ok(auction)).getJsonArray("winning_bids").getJsonObject(0);

        HttpResponse<String> click = Webhooks.post(path("event/click"), "{\"auction_id\":\""
                + winner.getString("auction_id") + "\",\"uid\":\"shopper-1\"}", SECRET);
        assertTrue(Http.json(Http.ok(click)).getBoolean("billed"), click.body());

        String id = Webhooks.newId();
        String cart = "{\"uid\":\"shopper-1\",\"lines\":[{\"product_id\":\""
                + winner.getJsonArray("product_ids").getString(0) + "\",\"quantity\":1,\"price\":2.50}]}";
        JsonObject added = Http.json(Http.ok(Webhooks.post(path("event/add-to-cart"), id, Webhooks.now(), cart,
                SECRET)));
        assertEquals(id, added.getString("event_key"), "without event_id, the webhook-id is the event's key");
        assertFalse(added.getBoolean("duplicate"));
        JsonObject again = Http.json(Http.ok(Webhooks.post(path("event/add-to-cart"),
                cart.replace("{\"uid\"", "{\"event_id\":\"" + id + "\",\"uid\""), SECRET)));
        assertTrue(again.getBoolean("duplicate"), "the database keeps it once, whatever node or restart");
    }

    @Test
    void tamperedBodiesAnotherKeyAndStaleOrFutureTimestampsAreRefused() throws Exception {
        String shown = "{\"uid\":\"u\",\"product_ids\":[\"P1\"]}";
        String id = Webhooks.newId();
        long now = Webhooks.now();
        HttpRequest signed = Webhooks.request(path("event/product-shown"), id, now, shown, SECRET);
        String signature = signed.headers().firstValue("webhook-signature").orElseThrow();

        Http.assertProblem(400, null, Webhooks.send(Webhooks.withHeaders(path("event/product-shown"),
                shown.replace("P1", "P2"), id, Long.toString(now), signature)));
        Http.assertProblem(400, null, Webhooks.send(Webhooks.withHeaders(path("event/product-shown"),
                shown + " ", id, Long.toString(now), signature)));
        Http.assertProblem(400, null, Webhooks.send(Webhooks.withHeaders(path("event/product-shown"), shown,
                Webhooks.newId(), Long.toString(now), signature)));
        Http.assertProblem(400, null, Webhooks.send(Webhooks.withHeaders(path("event/product-shown"), shown, id,
                Long.toString(now + 1), signature)));
        Http.assertProblem(400, null, Webhooks.send(Webhooks.withHeaders(path("event/product-shown"), shown, id,
                Long.toString(now), null)));
        Http.assertProblem(400, null, Webhooks.post(path("event/product-shown"), shown,
                Webhooks.secret("not-the-key")));
        assertProblemType("replayed-request", 409, Webhooks.post(path("event/product-shown"), Webhooks.newId(),
                Webhooks.now() - 310, shown, SECRET));
        assertProblemType("replayed-request", 409, Webhooks.post(path("event/product-shown"), Webhooks.newId(),
                Webhooks.now() + 310, shown, SECRET));

        Http.ok(Webhooks.send(signed));
    }

    @Test
    void whileKeysRotateTwoSignaturesAreSentAndTheOneValidNowIsEnough() throws Exception {
        String admin = Admin.adminToken();
        String oldKey = "old-" + UUID.randomUUID();
        long rotating = Retail.newRetailer(oldKey, false);
        String oldSecret = Webhooks.secret(oldKey);
        JsonObject issued = Http.json(Admin.call("POST", "/api/admin/retailers/" + rotating + "/keys", admin,
                "{\"label\":\"new\"}"));
        String newSecret = issued.getString("webhook_secret");
        assertEquals("whsec_" + Base64.getEncoder().encodeToString(issued.getString("secret")
                .getBytes(StandardCharsets.UTF_8)), newSecret, "the same key in its whsec_ form");
        String path = "/api/event/product-shown/" + rotating;
        String shown = "{\"uid\":\"u\",\"product_ids\":[\"P1\"]}";
        Http.ok(Webhooks.post(path, shown, oldSecret, newSecret));

        long oldKeyId = Http.jsonArray(Admin.call("GET", "/api/admin/retailers/" + rotating + "/keys", admin, null))
                .getValuesAs(JsonObject.class).stream().filter(key -> "IT".equals(key.getString("label")))
                .findFirst().orElseThrow().getInt("id");
        Admin.call("DELETE", "/api/admin/retailers/" + rotating + "/keys/" + oldKeyId, admin, null);

        Http.ok(Webhooks.post(path, shown, oldSecret, newSecret));
        Http.ok(Webhooks.post(path, shown, newSecret));
        Http.assertProblem(400, null, Webhooks.post(path, shown, oldSecret));
    }

    @Test
    void aRetailerRequiringStandardWebhooksRefusesTheSeedsSignatureAsAnyBadSignature() throws Exception {
        String admin = Admin.adminToken();
        long strict = Retail.newRetailer(KEY, false);
        String path = "/api/event/product-shown/" + strict;
        String shown = "{\"uid\":\"u\",\"product_ids\":[\"P1\"]}";
        Http.ok(Retail.post(path, shown, KEY));

        HttpResponse<String> changed = Admin.call("PATCH", "/api/admin/retailers/" + strict, admin,
                "{\"signature_scheme\":\"standard_webhooks\"}");
        assertEquals("standard_webhooks", Http.json(changed).getString("signature_scheme"), changed.body());

        HttpResponse<String> seed = Retail.post(path, shown, KEY);
        Http.assertProblem(400, null, seed);
        assertEquals(Retail.post("/api/event/product-shown/999999999999", shown, KEY).body(), seed.body(),
                "the same answer as for a retailer that does not exist");
        Http.ok(Webhooks.post(path, shown, SECRET));
        Http.assertProblem(400, "signature_scheme", Admin.call("PATCH", "/api/admin/retailers/" + strict, admin,
                "{\"signature_scheme\":\"sometimes\"}"));

        Admin.call("PATCH", "/api/admin/retailers/" + strict, admin, "{\"signature_scheme\":\"any\"}");
        Http.ok(Retail.post(path, shown, KEY));
    }

    @Test
    void theSameIdAndBodyGetTheFirstAnswerAndAnotherBodyUnderItIs422() throws Exception {
        String id = Webhooks.newId();
        String body = auction(KEYWORD, "shopper-2");
        HttpResponse<String> first = Http.ok(Webhooks.post(path("auction/sp/keyword"), id, Webhooks.now(), body,
                SECRET));

        HttpResponse<String> repeat = Webhooks.post(path("auction/sp/keyword"), id, Webhooks.now(), body, SECRET);

        assertEquals(200, repeat.statusCode(), repeat.body());
        assertEquals(first.body(), repeat.body(), "the same auction, not a second one");
        assertEquals("true", repeat.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertFalse(first.headers().firstValue("Idempotent-Replayed").isPresent());
        assertTrue(Http.contentType(repeat).startsWith("application/json"), Http.contentType(repeat));
        assertProblemType("idempotency-conflict", 422, Webhooks.post(path("auction/sp/keyword"), id, Webhooks.now(),
                auction(KEYWORD, "shopper-3"), SECRET));
        assertProblemType("idempotency-conflict", 422, Webhooks.post(path("auction/display/keyword"), id,
                Webhooks.now(), body, SECRET));
        assertProblemType("replayed-request", 409, Webhooks.post(path("auction/sp/keyword"), id,
                Webhooks.now() - 400, body, SECRET));
    }

    @Test
    void aRequestRefusedWith4xxUsesNothingUpAndCanBeRetriedUnchanged() throws Exception {
        String id = Webhooks.newId();
        String nothingWins = auction("nothing wins this " + System.nanoTime(), "shopper-4");
        Http.assertProblem(404, null, Webhooks.post(path("auction/sp/keyword"), id, Webhooks.now(), nothingWins,
                SECRET));
        Http.assertProblem(404, null, Webhooks.post(path("auction/sp/keyword"), id, Webhooks.now(), nothingWins,
                SECRET));

        String refusedId = Webhooks.newId();
        String refused = "{\"uid\":\"u\",\"product_ids\":[]}";
        Http.assertProblem(400, "product_ids", Webhooks.post(path("event/product-shown"), refusedId,
                Webhooks.now(), refused, SECRET));
        String corrected = "{\"uid\":\"u\",\"product_ids\":[\"P1\"]}";
        Http.ok(Webhooks.post(path("event/product-shown"), refusedId, Webhooks.now(), corrected, SECRET));
        assertProblemType("idempotency-conflict", 422, Webhooks.post(path("event/product-shown"), refusedId,
                Webhooks.now(), refused, SECRET));
    }

    @Test
    void ofTwoCopiesInFlightOneRunsAndTheOtherIsTold409() throws Exception {
        String gate = "gate-" + UUID.randomUUID();
        String body = "{\"gate\":\"" + gate + "\"}";
        String id = Webhooks.newId();
        String path = "/it-probe/held/signed/" + retailer();
        CompletableFuture<HttpResponse<String>> first = Http.CLIENT.sendAsync(Webhooks.request(path, id,
                Webhooks.now(), body, SECRET), HttpResponse.BodyHandlers.ofString());
        awaitEntered(gate);

        HttpResponse<String> copy = Webhooks.post(path, id, Webhooks.now(), body, SECRET);
        assertProblemType("request-in-progress", 409, copy);
        assertEquals("1", copy.headers().firstValue("Retry-After").orElse(""));

        probe("release?gate=" + gate);
        HttpResponse<String> answered = first.get(30, TimeUnit.SECONDS);
        assertEquals(200, answered.statusCode(), answered.body());
        HttpResponse<String> later = Webhooks.post(path, id, Webhooks.now(), body, SECRET);
        assertEquals(answered.body(), later.body());
        assertEquals("true", later.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals("1", probe("runs?gate=" + gate), "it ran once");
    }

    @Test
    void aRequestThatFailedWith5xxIsRunAgainWhenSentUnchanged() throws Exception {
        String gate = "gate-" + UUID.randomUUID();
        String body = "{\"gate\":\"" + gate + "\",\"hold\":false,\"fail_first\":1}";
        String id = Webhooks.newId();
        String path = "/it-probe/held/signed/" + retailer();

        HttpResponse<String> failed = Webhooks.post(path, id, Webhooks.now(), body, SECRET);
        Http.assertProblem(500, null, failed);
        HttpResponse<String> retried = Webhooks.post(path, id, Webhooks.now(), body, SECRET);

        assertEquals(200, retried.statusCode(), retried.body());
        assertEquals(2, Http.json(retried).getInt("run"), "the retry ran");
        assertFalse(retried.headers().firstValue("Idempotent-Replayed").isPresent());
    }

    @Test
    void aSeedSignatureUnderReplayProtectionInFlightIs409AndOnceSucceededStays409() throws Exception {
        long careful = Retail.newRetailer(KEY, true);
        String gate = "gate-" + UUID.randomUUID();
        String body = "{\"gate\":\"" + gate + "\",\"ts\":" + Webhooks.now() + "}";
        String path = "/it-probe/held/signed/" + careful;
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> Retail.post(path, body,
                KEY));
        awaitEntered(gate);

        assertProblemType("request-in-progress", 409, Retail.post(path, body, KEY));
        probe("release?gate=" + gate);
        assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
        assertProblemType("replayed-request", 409, Retail.post(path, body, KEY));
        assertEquals("1", probe("runs?gate=" + gate));
    }

    private static void awaitEntered(String gate) {
        Waiting.await("the first copy being answered").pollInterval(Duration.ofMillis(50))
                .until(() -> "true".equals(probe("entered?gate=" + gate)));
    }

    private static String probe(String pathAndQuery) {
        return Http.send(Http.request("/it-probe/held/gate/" + pathAndQuery).POST(HttpRequest.BodyPublishers.noBody())
                .build()).body().strip();
    }

    private static void assertProblemType(String type, int status, HttpResponse<String> response) {
        Http.assertProblem(status, null, response);
        assertEquals("urn:trackline:problem:" + type, Http.json(response).getString("type"), response.body());
    }

    private static String path(String endpoint) {
        return "/api/" + endpoint + "/" + retailer();
    }

    private static String auction(String term, String uid) {
        return "{\"platform_type\":\"WEB_DESKTOP\",\"search_term\":\"" + term + "\",\"uid\":\"" + uid + "\"}";
    }
}
