package io.trackline.it;

import io.trackline.retail.domain.WebhookSecret;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Retail calls signed with Standard Webhooks by the npm package ({@link NodeSigner}). */
final class Webhooks {

    private Webhooks() {
    }

    /** The {@code whsec_} form of a key whose secret text is {@code key}. */
    static String secret(String key) {
        return WebhookSecret.of(key.getBytes(StandardCharsets.UTF_8));
    }

    static String newId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    static long now() {
        return Instant.now().getEpochSecond();
    }

    /** A request signed now, under a new id, with each of the secrets ({@code whsec_…}). */
    static HttpResponse<String> post(String path, String json, String... secrets) {
        return post(path, newId(), now(), json, secrets);
    }

    static HttpResponse<String> post(String path, String id, long timestamp, String json, String... secrets) {
        return send(request(path, id, timestamp, json, secrets));
    }

    static HttpRequest request(String path, String id, long timestamp, String json, String... secrets) {
        String signature = NodeSigner.sign(new NodeSigner.Signing(List.of(secrets), id, timestamp, json));
        return withHeaders(path, json, id, Long.toString(timestamp), signature);
    }

    /** The request with exactly these webhook-* headers ({@code null}: left out). */
    static HttpRequest withHeaders(String path, String json, String id, String timestamp, String signature) {
        HttpRequest.Builder request = Http.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (id != null) {
            request.header("webhook-id", id);
        }
        if (timestamp != null) {
            request.header("webhook-timestamp", timestamp);
        }
        if (signature != null) {
            request.header("webhook-signature", signature);
        }
        return request.build();
    }

    static HttpResponse<String> send(HttpRequest request) {
        return Http.send(request);
    }
}
