package io.trackline.it;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The management API as its clients call it: a token for the demo clients, then bearer calls. */
final class Admin {

    static final String ADMIN_CLIENT = "demo-admin";
    static final String ADMIN_SECRET = "demo-admin-secret";
    static final String RETAILER_CLIENT = "retailer-11";
    static final String RETAILER_SECRET = "demo-retailer-11-secret";

    private Admin() {
    }

    /** The token endpoint's answer, one that the OpenAPI document describes. */
    static HttpResponse<String> tokenResponse(String clientId, String secret) {
        HttpResponse<String> response = Http.send(Http.request("/api/auth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + clientId
                        + "&client_secret=" + secret)).build());
        DescribedAnswers.assertDescribed(response);
        return response;
    }

    static String token(String clientId, String secret) {
        HttpResponse<String> response = tokenResponse(clientId, secret);
        if (response.statusCode() != 200) {
            throw new AssertionError("No token for " + clientId + ": " + response.body());
        }
        return Http.json(response).getString("access_token");
    }

    static String adminToken() {
        return token(ADMIN_CLIENT, ADMIN_SECRET);
    }

    /** A management API call's answer, one that the OpenAPI document describes. */
    static HttpResponse<String> call(String method, String path, String token, String json) {
        HttpRequest.Builder request = Http.request(path).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = Http.send(request.build());
        DescribedAnswers.assertDescribed(response);
        return response;
    }

    /** The claims of a JWT, read without checking it (the server checks it). */
    static JsonObject claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(payload))) {
            return reader.readObject();
        }
    }
}
