package io.trackline.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Overlay streams are capped per widget (429), per client address (429) and per node (503), each refused
 * with {@code Retry-After} and a problem before anything is streamed; a closed stream gives its place
 * back; and a stream under the caps still carries postbacks and test alerts. Each test speaks for clients
 * of its own addresses (203.0.113.128/27, through the trusted loopback proxy) and widgets of its own, and
 * the server's caps are the low ones of the integration-test server (ear/pom.xml).
 */
class OverlayStreamCapsIT extends TracklineIT {

    private static final int PER_WIDGET = Integer.getInteger("trackline.it.overlay.max-streams-per-widget", 4);
    private static final int PER_ADDRESS = Integer.getInteger("trackline.it.overlay.max-streams-per-ip", 8);
    private static final int TOTAL = Integer.getInteger("trackline.it.overlay.max-streams", 20);
    private static final String HEARTBEAT = System.getProperty("trackline.it.overlay.heartbeat-seconds", "2");

    private final List<SseClient> streams = new ArrayList<>();

    /** Every stream of the test closed by the server too, so the next test starts with every place free. */
    @AfterEach
    void closeStreams() {
        streams.forEach(SseClient::close);
        Http.ok(Http.send(Http.request("/it-probe/drop-overlays").POST(HttpRequest.BodyPublishers.noBody()).build()));
    }

    @Test
    void aWidgetPastItsCapIsRefused429WhateverItsCampaignFilterAndOtherWidgetsStillOpen() {
        String influencer = Postbacks.newInfluencer();
        for (int i = 0; i < PER_WIDGET; i++) {
            open(widget(influencer) + (i % 2 == 0 ? "" : "?campaign=c" + i), address(1));
        }

        assertRefused(429, attempt(widget(influencer) + "?campaign=made-up", address(2)));
        assertRefused(429, attempt(widget(influencer), address(3)));
        open(widget(Postbacks.newInfluencer()), address(2));
    }

    @Test
    void anAddressPastItsCapIsRefused429AndAnotherAddressStillOpens() {
        for (int i = 0; i < PER_ADDRESS; i++) {
            open(widget(Postbacks.newInfluencer()), address(4));
        }

        assertRefused(429, attempt(widget(Postbacks.newInfluencer()), address(4)));
        open(widget(Postbacks.newInfluencer()), address(5));
    }

    @Test
    void theNodePastItsCapIsRefused503() {
        for (int i = 0; i < TOTAL; i++) {
            open(widget(Postbacks.newInfluencer()), address(6 + i / PER_ADDRESS));
        }

        assertRefused(503, attempt(widget(Postbacks.newInfluencer()), address(20)));
    }

    @Test
    void aStreamOfAnUnknownWidgetIsNotFoundAndTakesNoPlace() {
        for (int i = 0; i <= PER_WIDGET; i++) {
            Http.assertProblem(404, null, attempt("/api/widgets/default/no-such-product/ann/events", address(7)));
        }
    }

    @Test
    void aStreamClosedByItsOverlayGivesItsPlaceBackAndSoDoStreamsTheServerDrops() {
        String influencer = Postbacks.newInfluencer();
        for (int i = 0; i < PER_WIDGET; i++) {
            open(widget(influencer), address(8));
        }
        assertRefused(429, attempt(widget(influencer), address(8)));

        streams.remove(0).close();

        // the server finds out at a heartbeat that cannot be written, a heartbeat or two after the close
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> tryOpen(widget(influencer), address(8)));
        assertRefused(429, attempt(widget(influencer), address(8)));

        Http.ok(Http.send(Http.request("/it-probe/drop-overlays").POST(HttpRequest.BodyPublishers.noBody()).build()));
        streams.forEach(SseClient::close);
        streams.clear();
        for (int i = 0; i < PER_WIDGET; i++) {
            open(widget(influencer), address(8));
        }
    }

    @Test
    void aPostbackAndATestAlertStillReachAnOpenStream() throws InterruptedException {
        String influencer = Postbacks.newInfluencer();
        SseClient stream = open(widget(influencer), address(9));
        assertEquals("snapshot", stream.next().name());

        HttpResponse<String> postback = Postbacks.send("product", influencer, "reg", null);
        assertEquals(200, postback.statusCode(), postback.body());
        SseClient.Event live = stream.next();
        assertEquals("postback", live.name());
        assertNotNull(live.id());
        assertTrue(live.data().contains("\"influencer_id\":\"" + influencer + "\""), live.data());

        HttpResponse<String> testAlert = Http.postJson("/tracker/" + Postbacks.ACCESS_KEY + "/test-alert",
                "{\"product\":\"product\",\"influencer_id\":\"" + influencer + "\",\"event_type\":\"reg\"}");
        assertEquals(202, testAlert.statusCode(), testAlert.body());
        SseClient.Event alert = stream.next();
        assertEquals("postback", alert.name());
        assertTrue(alert.data().contains("\"test\":true"), alert.data());
    }

    private static String widget(String influencer) {
        return "/api/widgets/default/product/" + influencer + "/events";
    }

    /** A client address of these tests' own block. */
    private static String address(int n) {
        return "203.0.113." + (128 + n);
    }

    private SseClient open(String path, String address) {
        HttpResponse<InputStream> response = attemptStream(path, address);
        if (response.statusCode() != 200) {
            throw new AssertionError("The stream " + path + " from " + address + " answered "
                    + response.statusCode() + ": " + body(response));
        }
        SseClient stream = SseClient.reading(response);
        streams.add(stream);
        return stream;
    }

    /** Whether a stream opens now (it is kept open for the test), refusals aside. */
    private boolean tryOpen(String path, String address) {
        HttpResponse<InputStream> response = attemptStream(path, address);
        if (response.statusCode() == 200) {
            streams.add(SseClient.reading(response));
            return true;
        }
        String refusal = body(response);
        assertEquals(429, response.statusCode(), refusal);
        return false;
    }

    /** A stream that is expected to be refused, read as a whole; an opened one would fail the test. */
    private HttpResponse<String> attempt(String path, String address) {
        HttpResponse<InputStream> response = attemptStream(path, address);
        if (response.statusCode() == 200) {
            streams.add(SseClient.reading(response));
            throw new AssertionError("The stream " + path + " from " + address + " was opened");
        }
        return new StringResponse(response, body(response));
    }

    private static HttpResponse<InputStream> attemptStream(String path, String address) {
        HttpRequest request = Http.request(path).timeout(Duration.ofMinutes(5))
                .header("Accept", "text/event-stream").header("X-Forwarded-For", address).GET().build();
        try {
            return Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String body(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A refused stream's response with its body read, for the assertions made on plain responses. */
    private record StringResponse(HttpResponse<InputStream> response, String body) implements HttpResponse<String> {
        @Override public int statusCode() { return response.statusCode(); }
        @Override public HttpRequest request() { return response.request(); }
        @Override public Optional<HttpResponse<String>> previousResponse() { return Optional.empty(); }
        @Override public HttpHeaders headers() { return response.headers(); }
        @Override public Optional<SSLSession> sslSession() { return response.sslSession(); }
        @Override public URI uri() { return response.uri(); }
        @Override public HttpClient.Version version() { return response.version(); }
    }

    private static void assertRefused(int status, HttpResponse<String> response) {
        Http.assertProblem(status, null, response);
        assertEquals(HEARTBEAT, response.headers().firstValue("Retry-After").orElse(null), "Retry-After");
        JsonObject problem = Http.json(response);
        assertTrue(problem.getString("detail").contains("overlay streams"), problem.toString());
    }
}
