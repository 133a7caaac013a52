package io.trackline.it;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** Calls of the MMP API, and a fresh app for a test that needs figures of its own. */
final class S2S {

    /** The seed's token, of the demo app {@code store-app}. */
    static final String SEED_TOKEN = "s2sTokenForTheStoreApp";

    /** An app made for one test: its token and its tracking link. */
    record App(String token, String link) {
    }

    private S2S() {
    }

    static App newApp() {
        HttpResponse<String> response = Http.send(Http.request("/it-probe/mmp/app")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("New app: " + response.statusCode() + " " + response.body());
        }
        JsonObject app = Http.json(response);
        return new App(app.getString("token"), app.getString("link"));
    }

    static void ageClick(String clickId, int hours) {
        Http.send(Http.request("/it-probe/mmp/age-click?id=" + clickId + "&hours=" + hours)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A visitor address nobody else in the test run uses, so fingerprints do not cross between tests. */
    static String newIp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(String pathAndQuery) {
        return Http.get(pathAndQuery);
    }

    static HttpResponse<String> getWithAuthorization(String pathAndQuery, String authorization) {
        return Http.send(Http.request(pathAndQuery).header("Authorization", authorization).GET().build());
    }

    static HttpResponse<String> postForm(String path, String form) {
        return Http.send(Http.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** A click id for a visitor, as an app's backend asks for one. */
    static String clickId(String token, String ip, String userAgent) {
        HttpResponse<String> response = get("/mmp/click?no_redirect=true&user_ip=" + ip + "&user_ua=" + q(userAgent)
                + "&s2stoken=" + token);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Click: " + response.statusCode() + " " + response.body());
        }
        DescribedAnswers.assertDescribed(response);
        return Http.json(response).getString("id");
    }

    /** The body of a 200 that the OpenAPI document describes. */
    static JsonObject ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("Expected 200, got " + response.statusCode() + ": " + response.body());
        }
        DescribedAnswers.assertDescribed(response);
        return Http.json(response);
    }
}
