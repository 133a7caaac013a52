package io.trackline.cluster;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** One node (or the balancer in front of them), by its base URL, as a plain HTTP client calls it. */
record Node(String name, String baseUrl) {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** How long a postback answered 503 is retried. */
    private static final Duration STORE_RETRIES = Duration.ofSeconds(20);
    private static final AtomicInteger RETRIED = new AtomicInteger();

    /** When a postback's accepted attempt was sent and answered ({@link System#nanoTime()}). */
    record Sent(long sent, long answered) {
    }

    /** How many postback attempts {@link #countedPostback} retried after a 503, over the whole run. */
    static int retried() {
        return RETRIED.get();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    }

    /** A postback of the demo product, its {@code event_name} the tag the overlays are checked by. */
    HttpResponse<String> postback(String accessKey, String influencer, String tag, String forwardedFor) {
        HttpRequest.Builder request = request("/tracker/" + accessKey).header("Content-Type", "application/json")
                .header("Idempotency-Key", influencer + "-" + tag)
                .POST(HttpRequest.BodyPublishers.ofString("{\"influencer_id\":\"" + influencer
                        + "\",\"product\":\"product\",\"event_type\":\"reg\",\"event_name\":\"" + tag + "\"}"));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return send(request.build());
    }

    /**
     * A postback the node counted. One answered 503 (the store's deadline, as on a node still warming up)
     * is retried with its idempotency key, as the README tells partners to, so it is counted once; the
     * answer is when the accepted attempt was sent and answered.
     */
    Sent countedPostback(String accessKey, String influencer, String tag) {
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        AtomicLong sent = new AtomicLong();
        await(this + " taking the postback " + tag + " (503 after 503)").atMost(STORE_RETRIES)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> {
                    if (answer.get() != null) {
                        RETRIED.incrementAndGet();
                    }
                    sent.set(System.nanoTime());
                    answer.set(postback(accessKey, influencer, tag, null));
                    return answer.get().statusCode() != 503;
                });
        long answered = System.nanoTime();
        assertEquals(200, answer.get().statusCode(), this + " answered the postback " + tag + ": "
                + answer.get().body());
        assertTrue(answer.get().body().contains("\"counted\":true"), this + " did not count " + tag + ": "
                + answer.get().body());
        return new Sent(sent.get(), answered);
    }

    HttpResponse<String> send(HttpRequest request) {
        return send(CLIENT, request);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON object an answer carries. */
    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    @Override
    public String toString() {
        return name + " (" + baseUrl + ")";
    }
}
