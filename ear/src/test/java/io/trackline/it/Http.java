package io.trackline.it;

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

/** Real HTTP against the test server, whose base URL failsafe passes as {@code trackline.it.base-url}. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private Http() {
    }

    static HttpRequest.Builder request(String path) {
        String base = System.getProperty("trackline.it.base-url", "http://localhost:9180");
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    static HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    static HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static jakarta.json.JsonArray jsonArray(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The response, asserted to be a 200. */
    static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    /** The response is a problem document of that status, naming that field (unless {@code null}). */
    static void assertProblem(int status, String field, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith("application/problem+json"), contentType(response));
        JsonObject problem = json(response);
        assertEquals(status, problem.getInt("status"), response.body());
        if (field != null) {
            assertEquals(field, problem.getString("field"), response.body());
        }
    }
}
