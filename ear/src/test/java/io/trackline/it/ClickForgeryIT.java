package io.trackline.it;

import static io.trackline.it.S2S.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A publisher cannot plant a visitor's fingerprint on its tracking link and claim the visitor's later
 * events: a click that names its visitor needs the token of the link's app. A browser's click on a link
 * is the visitor's own, taken from the request (its client address, here through the trusted loopback
 * proxy, and its {@code User-Agent}), and is what fingerprint attribution finds. Clients of these tests
 * have addresses of 203.0.113.160/27.
 */
class ClickForgeryIT extends TracklineIT {

    private static final int FAILURES_PER_ADDRESS = Integer.getInteger("trackline.it.auth.failures-per-ip", 200);

    @Test
    void aForgedFingerprintOnALinkIsUnauthorizedAndTheVisitorsLaterEventIsNotTheForgers() {
        S2S.App app = S2S.newApp();
        String visitor = address(1);
        String userAgent = newUserAgent();
        String forged = "/mmp/click?link=" + app.link() + "&no_redirect=true&user_ip=" + visitor + "&user_ua="
                + q(userAgent);

        Http.assertProblem(401, null, from(address(2), forged, userAgent));
        Http.assertProblem(401, null, from(address(2), forged.replace("user_ip=", "ip_address=")
                .replace("user_ua=", "user_agent="), userAgent));
        Http.assertProblem(401, null, from(address(2), forged + "&s2stoken=not-a-token", userAgent));
        Http.assertProblem(403, null, from(address(2), forged + "&s2stoken=" + S2S.newApp().token(), userAgent));

        JsonObject attribution = firstEvent(app, visitor, userAgent);
        assertEquals("organic", attribution.getString("source"), attribution.toString());
        assertFalse(attribution.containsKey("publisher"), attribution.toString());
        assertEquals(0, todaysClicks(app));
    }

    @Test
    void aBrowsersClickOnALinkIsTheVisitorsOwnAndAttributesItsLaterEventByFingerprint() {
        S2S.App app = S2S.newApp();
        String visitor = address(3);
        String userAgent = newUserAgent();

        HttpResponse<String> click = from(visitor, "/mmp/click?link=" + app.link() + "&no_redirect=true", userAgent);

        assertAttributedByFingerprint(S2S.ok(click).getString("id"), app, visitor, userAgent);
    }

    @Test
    void theLinksOwnAppMayReportAClickThroughItForAVisitorItNames() {
        S2S.App app = S2S.newApp();
        String visitor = address(4);
        String userAgent = newUserAgent();

        HttpResponse<String> click = from(address(5), "/mmp/click?link=" + app.link() + "&no_redirect=true&user_ip="
                + visitor + "&user_ua=" + q(userAgent) + "&s2stoken=" + app.token(), "backend/1.0");

        assertAttributedByFingerprint(S2S.ok(click).getString("id"), app, visitor, userAgent);
    }

    @Test
    void forgedClicksCountAsFailedAuthenticationsOfTheForgersAddress() {
        S2S.App app = S2S.newApp();
        String forger = address(6);
        String forged = "/mmp/click?link=" + app.link() + "&no_redirect=true&user_ip=" + address(7) + "&user_ua=x";
        for (int i = 0; i < FAILURES_PER_ADDRESS; i++) {
            Http.assertProblem(401, null, from(forger, forged, "forger/1.0"));
        }

        HttpResponse<String> refused = from(forger, forged + "&s2stoken=" + app.token(), "forger/1.0");

        Http.assertProblem(429, null, refused);
        assertFalse(refused.headers().firstValue("Retry-After").isEmpty());
        S2S.ok(from(address(8), forged + "&s2stoken=" + app.token(), "backend/1.0"));
    }

    /** A request from a client at {@code address}, as the trusted loopback proxy forwards it. */
    private static HttpResponse<String> from(String address, String pathAndQuery, String userAgent) {
        return Http.send(Http.request(pathAndQuery).header("X-Forwarded-For", address)
                .header("User-Agent", userAgent).GET().build());
    }

    /** The attribution of a new user's first event, sent by the app's backend for the visitor. */
    private static JsonObject firstEvent(S2S.App app, String visitor, String userAgent) {
        return S2S.ok(S2S.get("/mmp/s2sevent?token=" + app.token() + "&user_id=" + UUID.randomUUID()
                + "&event_id=__open&user_ip=" + visitor + "&user_ua=" + q(userAgent))).getJsonObject("attribution");
    }

    private static int todaysClicks(S2S.App app) {
        return S2S.ok(S2S.get("/mmp/report?token=" + app.token())).getJsonArray("days").getJsonObject(0)
                .getInt("clicks");
    }

    private static String address(int n) {
        return "203.0.113." + (160 + n);
    }

    /** A user agent no other test sends, so that no one else's click shares its fingerprint. */
    private static String newUserAgent() {
        return "Mozilla/5.0 (X11; Linux x86_64) ClickForgeryIT/" + UUID.randomUUID();
    }

    /** The visitor's first event is attributed to that click, by fingerprint, for the link's publisher. */
    private static void assertAttributedByFingerprint(String clickId, S2S.App app, String visitor, String userAgent) {
        JsonObject attribution = firstEvent(app, visitor, userAgent);
        assertEquals("fingerprint", attribution.getString("source"), attribution.toString());
        assertEquals(clickId, attribution.getString("click_id"));
        assertEquals("it-publisher", attribution.getString("publisher"));
    }
}
