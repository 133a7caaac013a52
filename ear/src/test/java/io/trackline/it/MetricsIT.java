package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an operator's Prometheus reads at {@code /metrics} (HTTPS, the scrape credential; the demo's here):
 * the answers this test caused, counted by API and outcome, and the group commit and caches they went
 * through.
 */
class MetricsIT extends TracklineIT {

    private static final String DEMO_SCRAPE_CREDENTIAL = "metrics:trackline-demo-metrics";
    private static final int POSTBACKS = 5;

    @Test
    void theMetersCountWhatThisTestSent() {
        String before = scrape(DEMO_SCRAPE_CREDENTIAL).body();
        String influencer = Postbacks.newInfluencer();
        for (int i = 0; i < POSTBACKS; i++) {
            assertEquals(200, Postbacks.send("product", influencer, "reg", null).statusCode());
        }
        assertEquals(401, Http.postJson("/tracker/no-such-key", "{}").statusCode());

        HttpResponse<String> response = scrape(DEMO_SCRAPE_CREDENTIAL);

        assertEquals(200, response.statusCode(), response.body());
        String after = response.body();
        List<String> accepted = List.of("api=\"postback\"", "outcome=\"accepted\"");
        assertEquals(value(before, "trackline_api_requests_total", accepted) + POSTBACKS,
                value(after, "trackline_api_requests_total", accepted), after);
        List<String> refused = List.of("api=\"postback\"", "outcome=\"refused\"");
        assertEquals(value(before, "trackline_api_requests_total", refused) + 1,
                value(after, "trackline_api_requests_total", refused), after);
        List<String> postbackPath = List.of("path=\"postback\"");
        assertTrue(value(after, "trackline_group_commit_batch_size_count", postbackPath)
                >= value(before, "trackline_group_commit_batch_size_count", postbackPath) + 1, after);
        assertTrue(value(after, "trackline_group_commit_batch_size_sum", postbackPath)
                >= value(before, "trackline_group_commit_batch_size_sum", postbackPath) + POSTBACKS, after);
        List<String> accessKeys = List.of("cache=\"access-keys\"");
        assertTrue(value(after, "trackline_cache_hits", accessKeys)
                >= value(before, "trackline_cache_hits", accessKeys) + POSTBACKS - 1, after);
        assertTrue(after.contains("trackline_overlay_streams"), after);
    }

    @Test
    void onlyTheScrapeCredentialReadsThem() {
        assertEquals(401, scrape("metrics:wrong").statusCode());
        assertEquals(401, LoginForm.overHttps().get("/metrics").statusCode());
    }

    private static HttpResponse<String> scrape(String credential) {
        return LoginForm.overHttps().get("/metrics", "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credential.getBytes(StandardCharsets.UTF_8)));
    }

    /** The value of the Prometheus sample {@code name{…}} that has all those labels; 0 when there is none. */
    private static double value(String exposition, String name, List<String> labels) {
        return exposition.lines()
                .filter(line -> line.startsWith(name + "{") && labels.stream().allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }
}
