package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The abuse limit on failed authentication, over real HTTP: failures of every kind (a wrong access key, S2S
 * token, signature or client secret) count against the caller's address, and wrong secrets against the
 * client too; past the limit the caller gets 429 with Retry-After and a problem, whatever it sends, while
 * everybody else is served. Each test speaks from addresses of its own (the test server trusts loopback as
 * a proxy, so X-Forwarded-For sets them).
 */
class AbuseLimitsIT extends TracklineIT {

    private static final int PER_ADDRESS = Integer.getInteger("trackline.it.auth.failures-per-ip", 200);
    private static final int PER_CLIENT = 5;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Test
    void anAddressThatKeepsFailingIsRefusedWhateverItSendsAndOthersAreNot() {
        String address = newAddress();
        List<Function<String, HttpResponse<String>>> failures = List.of(
                from -> postback("no-such-key", from),
                from -> Http.send(Http.request("/mmp/postback?s2s_token=wrong&user_id=u&event_id=purchase")
                        .header("X-Forwarded-For", from).GET().build()),
                from -> Http.send(Http.request("/api/auction/sp/keyword/11").header("X-Forwarded-For", from)
                        .header("Content-Type", "application/json").header("X-STREAEM-HASH", "d3Jvbmc=")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"platform_type\":\"WEB_DESKTOP\","
                                + "\"search_term\":\"cola\",\"uid\":\"u\"}")).build()));
        for (int i = 0; i < PER_ADDRESS; i++) {
            int status = failures.get(i % failures.size()).apply(address).statusCode();
            assertTrue(status == 400 || status == 401, "failure " + i + " answered " + status);
        }

        HttpResponse<String> refused = postback(Postbacks.ACCESS_KEY, address);

        assertTooManyRequests(refused);
        assertEquals(200, postback(Postbacks.ACCESS_KEY, newAddress()).statusCode(), "another address is served");
    }

    @Test
    void aClientWhoseSecretIsGuessedIsLockedOutForAWhileFromEveryAddress() {
        JsonObject client = Http.json(Http.ok(Http.send(Http.request("/it-probe/api-client")
                .POST(HttpRequest.BodyPublishers.noBody()).build())));
        String id = client.getString("client_id");
        String secret = client.getString("client_secret");
        for (int i = 0; i < PER_CLIENT - 1; i++) {
            assertEquals(401, token(id, "wrong-" + i, newAddress()).statusCode());
        }
        assertEquals(200, token(id, secret, newAddress()).statusCode(), "below the limit, the right secret works");
        for (int i = 0; i < PER_CLIENT; i++) {
            assertEquals(401, token(id, "wrong-again-" + i, newAddress()).statusCode(),
                    "getting in started the count afresh");
        }

        assertTooManyRequests(token(id, secret, newAddress()));
        assertEquals(200, token(Admin.ADMIN_CLIENT, Admin.ADMIN_SECRET, newAddress()).statusCode(),
                "other clients are served");
    }

    private static void assertTooManyRequests(HttpResponse<String> response) {
        Http.assertProblem(429, null, response);
        assertEquals("urn:trackline:problem:too-many-requests", Http.json(response).getString("type"));
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    }

    private static HttpResponse<String> postback(String accessKey, String from) {
        return Http.send(Http.request("/tracker/" + accessKey).header("X-Forwarded-For", from)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"influencer_id\":\"" + Postbacks.newInfluencer() + "\",\"product\":\"product\"}")).build());
    }

    private static HttpResponse<String> token(String client, String secret, String from) {
        return Http.send(Http.request("/api/auth/token").header("X-Forwarded-For", from)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + client
                        + "&client_secret=" + secret)).build());
    }

    /** An address of this test's own (shared address space), so no other test's failures count against it. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "100.64." + (n / 250) + "." + (1 + n % 250);
    }
}
