package io.trackline.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The management API on one node, as the demo's admin client ({@code demo-admin}) calls it. */
final class ManagementApi {

    private final Node node;
    private final String token;

    private ManagementApi(Node node, String token) {
        this.node = node;
        this.token = token;
    }

    static ManagementApi asDemoAdmin(Node node) {
        HttpResponse<String> answer = node.send(node.request("/api/auth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=demo-admin&client_secret=demo-admin-secret")).build());
        assertEquals(200, answer.statusCode(), node + ": a token for demo-admin: " + answer.body());
        return new ManagementApi(node, Node.json(answer).getString("access_token"));
    }

    /** Turns the retailer's replay protection on or off. */
    void replayProtection(long retailer, boolean on) {
        HttpResponse<String> answer = node.send(node.request("/api/admin/retailers/" + retailer)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"replay_protection\":" + on + "}")).build());
        assertEquals(200, answer.statusCode(), node + ": replay protection " + on + " for retailer " + retailer
                + ": " + answer.body());
    }
}
