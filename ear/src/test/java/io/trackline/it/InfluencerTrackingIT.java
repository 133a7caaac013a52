package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The influencer tracker end to end: the seed's postback, every answer it can get, and the live widget. */
class InfluencerTrackingIT extends TracklineIT {

    /** The server's pool size (trackline.db.pool.max). */
    private static final int POOL_SIZE = 100;
    /** How long the probe's outage lasts, should the test not end it. */
    private static final int OUTAGE_SECONDS = 10;

    private static final String SEED_POSTBACK = """
            {
              "influencer_id":"influ_test",
              "product":"product",
              "event_type":"reg",
              "event_name":"registration",
              "campaign": "Jan2024_special_event",
              "medium" : "Influencer",
              "source" : " twitch",
              "ip" : "132.244.133.122",
              "country" : "FR",
              "user_agent" : "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36"
            }""";

    @Test
    void theSeedsPostbackIsCommittedAndCounted() {
        HttpResponse<String> response = Postbacks.send(SEED_POSTBACK);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject receipt = Http.json(response);
        assertTrue(receipt.getString("id").matches("[0-9a-f-]{36}"));
        assertTrue(receipt.getBoolean("counted"));
        assertFalse(receipt.containsKey("reason"));
    }

    @Test
    void anUnknownAccessKeyIsUnauthorizedBeforeAnyValidation() {
        HttpResponse<String> response = Http.postJson("/tracker/no-such-key", "{\"product\": \"\"}");

        assertEquals(401, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith("application/problem+json"));
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        HttpResponse<String> response = Postbacks.send("{\"product\": \"product\"}");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("influencer_id", Http.json(response).getString("field"));
    }

    @Test
    void anUnknownProductIsABadRequestNamingIt() {
        HttpResponse<String> response = Postbacks.send("{\"influencer_id\": \"x\", \"product\": \"nope\"}");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("product", Http.json(response).getString("field"));
    }

    @Test
    void aMalformedIpIsRefusedWithoutEchoingIt() {
        HttpResponse<String> response = Postbacks.send(
                "{\"influencer_id\": \"x\", \"product\": \"product\", \"ip\": \"999.1.1.1\", \"country\": \"France\"}");

        assertEquals(400, response.statusCode(), response.body());
        JsonObject problem = Http.json(response);
        assertEquals(2, problem.getJsonArray("errors").size());
        assertFalse(response.body().contains("999.1.1.1"), response.body());
    }

    @Test
    void malformedJsonAndWrongContentTypeAreRefused() {
        assertEquals(400, Postbacks.send("{\"influencer_id\": ").statusCode());
        HttpResponse<String> text = Http.send(Http.request("/tracker/" + Postbacks.ACCESS_KEY)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hi")).build());
        assertEquals(415, text.statusCode());
    }

    @Test
    void aRetryUnderTheSameIdempotencyKeyAnswersTheFirstAnswerAndCountsOnce() {
        String influencer = Postbacks.newInfluencer();
        String body = "{\"influencer_id\":\"" + influencer + "\",\"product\":\"product\",\"event_type\":\"reg\"}";
        HttpRequest request = Http.request("/tracker/" + Postbacks.ACCESS_KEY)
                .header("Content-Type", "application/json").header("Idempotency-Key", "order-" + influencer)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();

        HttpResponse<String> first = Http.send(request);
        HttpResponse<String> retry = Http.send(request);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals(Http.json(first).getString("id"), Http.json(retry).getString("id"));
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(1, totals(influencer, null).getInt("total"));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsUnprocessable() {
        String influencer = Postbacks.newInfluencer();
        String key = "\"event_id\":\"evt-" + influencer + "\"";

        HttpResponse<String> first = Postbacks.send("{\"influencer_id\":\"" + influencer + "\",\"product\":\"product\","
                + key + "}");
        HttpResponse<String> other = Postbacks.send("{\"influencer_id\":\"" + influencer + "\",\"product\":\"product\","
                + "\"event_type\":\"download\"," + key + "}");

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(422, other.statusCode(), other.body());
        assertEquals(1, totals(influencer, null).getInt("total"));
    }

    @Test
    void antiCheatStoresButDoesNotCountTheSameVisitorTwiceADay() {
        String influencer = Postbacks.newInfluencer();
        String visitor = "\"ip\":\"132.244.133.122\",\"user_agent\":\"Mozilla/5.0 " + influencer + "\"";
        String reg = "{\"influencer_id\":\"" + influencer + "\",\"product\":\"product-protected\",\"event_type\":\"reg\","
                + visitor + "}";

        JsonObject first = Http.json(Postbacks.send(reg));
        JsonObject second = Http.json(Postbacks.send(reg));
        JsonObject otherEvent = Http.json(Postbacks.send(reg.replace("\"reg\"", "\"download\"")));
        JsonObject noVisitor = Http.json(Postbacks.send("{\"influencer_id\":\"" + influencer
                + "\",\"product\":\"product-protected\",\"event_type\":\"reg\"}"));

        assertTrue(first.getBoolean("counted"));
        assertFalse(second.getBoolean("counted"));
        assertEquals("anti_cheat", second.getString("reason"));
        assertNotEquals(first.getString("id"), second.getString("id"));
        assertTrue(otherEvent.getBoolean("counted"));
        assertTrue(noVisitor.getBoolean("counted"));
    }

    @Test
    void totalsArePerEventTypeAndFilterByCampaign() {
        String influencer = Postbacks.newInfluencer();
        Postbacks.send("product", influencer, "reg", "spring");
        Postbacks.send("product", influencer, "reg", "summer");
        Postbacks.send("product", influencer, "deposit", null);

        JsonObject all = totals(influencer, null);
        JsonObject spring = totals(influencer, "spring");

        assertEquals(2, all.getJsonObject("totals").getInt("reg"));
        assertEquals(1, all.getJsonObject("totals").getInt("deposit"));
        assertEquals(3, all.getInt("total"));
        assertEquals(1, spring.getInt("total"));
        assertEquals(2, all.getJsonObject("goal").getInt("current"));
        assertEquals(100, all.getJsonObject("goal").getInt("target"));
    }

    @Test
    void aDatabaseThatCannotTakeThePostbackAnswers503AndRecordsNothing() {
        String influencer = Postbacks.newInfluencer();
        HttpResponse<String> exhausted = probe("exhaust-pool?connections=" + POOL_SIZE + "&seconds=" + OUTAGE_SECONDS);
        HttpResponse<String> refused;
        try {
            assertEquals("0", exhausted.body(), "connections the probe could not take");
            refused = Postbacks.send("product", influencer, "reg", null);
        } finally {
            probe("end-outage");
        }

        assertEquals(503, refused.statusCode(), refused.body());
        assertTrue(Http.contentType(refused).startsWith("application/problem+json"));
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        String another = Postbacks.newInfluencer();
        Waiting.await("postbacks are committed again")
                .until(() -> Postbacks.send("product", another, "reg", null).statusCode() == 200);
        assertEquals(0, totals(influencer, null).getInt("total"), "nothing of the refused postback was kept");
        assertEquals(200, Postbacks.send("product", influencer, "reg", null).statusCode(), "it recovers");
    }

    private static HttpResponse<String> probe(String pathAndQuery) {
        return Http.send(Http.request("/it-probe/" + pathAndQuery).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void anUnknownWidgetIsNotFound() {
        HttpResponse<String> response = Http.get("/api/widgets/default/nope/influ_test/totals");

        assertEquals(404, response.statusCode(), response.body());
    }

    @Test
    void theStreamStartsWithASnapshotThenCarriesEachCountedPostback() throws Exception {
        String influencer = Postbacks.newInfluencer();
        Postbacks.send("product", influencer, "reg", null);
        String stream = "/api/widgets/default/product/" + influencer + "/events";

        String firstId;
        try (SseClient client = SseClient.open(stream, null)) {
            SseClient.Event snapshot = client.next();
            assertEquals("snapshot", snapshot.name());
            assertTrue(snapshot.data().contains("\"total\":1"), snapshot.data());

            Postbacks.send("product", influencer, "reg", null);
            SseClient.Event live = client.next();
            assertEquals("postback", live.name());
            assertTrue(live.data().contains("\"label\":\"registration\""), live.data());
            assertTrue(Long.parseLong(live.id()) > Long.parseLong(snapshot.id()));
            firstId = live.id();
        }

        Postbacks.send("product", influencer, "reg", null);
        Postbacks.send("product", influencer, "deposit", null);
        try (SseClient resumed = SseClient.open(stream, firstId)) {
            SseClient.Event missedReg = resumed.next();
            SseClient.Event missedDeposit = resumed.next();
            assertEquals("postback", missedReg.name());
            assertTrue(missedReg.data().contains("\"event_type\":\"reg\""), missedReg.data());
            assertTrue(missedDeposit.data().contains("\"event_type\":\"deposit\""), missedDeposit.data());
            assertNull(resumed.poll(300), "nothing else was missed");
        }
    }

    @Test
    void aTestAlertReachesTheOverlayWithoutCounting() throws Exception {
        String influencer = Postbacks.newInfluencer();
        try (SseClient client = SseClient.open("/api/widgets/default/product/" + influencer + "/events", null)) {
            assertEquals("snapshot", client.next().name());

            HttpResponse<String> sent = Http.postJson("/tracker/" + Postbacks.ACCESS_KEY + "/test-alert",
                    "{\"product\":\"product\",\"influencer_id\":\"" + influencer + "\",\"event_type\":\"reg\"}");

            assertEquals(202, sent.statusCode(), sent.body());
            SseClient.Event alert = client.next();
            assertTrue(alert.data().contains("\"test\":true"), alert.data());
            assertNull(alert.id());
        }
        assertEquals(0, totals(influencer, null).getInt("total"));
    }

    @Test
    void theOverlayPageIsServedInBothUrlForms() {
        HttpResponse<String> path = Http.get("/widget/default/product/influ_test/Jan2024_special_event");
        HttpResponse<String> host = Http.send(Http.request("/influ_test/Jan2024_special_event")
                .header("Host", "product-widget-default.streamtools.io").GET().build());

        for (HttpResponse<String> page : java.util.List.of(path, host)) {
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(Http.contentType(page).startsWith("text/html"));
            assertTrue(page.body().contains("/api/widgets/default/product/influ_test/events?campaign=Jan2024_special_event"),
                    page.body());
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        }
        assertEquals(200, Http.get("/widget-assets/overlay.js").statusCode());
        assertEquals(200, Http.get("/widget-assets/overlay.css").statusCode());
        assertEquals(404, Http.get("/widget-assets/server.xml").statusCode());
    }

    private static JsonObject totals(String influencer, String campaign) {
        HttpResponse<String> response = Http.get("/api/widgets/default/product/" + influencer + "/totals"
                + (campaign == null ? "" : "?campaign=" + campaign));
        assertEquals(200, response.statusCode(), response.body());
        DescribedAnswers.assertDescribed(response);
        return Http.json(response);
    }
}
