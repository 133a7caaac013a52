package io.trackline.it;

import static io.trackline.it.S2S.SEED_TOKEN;
import static io.trackline.it.S2S.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The MMP API's wire contract: the seed's example calls verbatim (placeholders filled in), the token in
 * every place it may be, every parameter spelling, and every answer code with a problem body.
 */
class MmpApiIT extends TracklineIT {

    private static final String USER_AGENT = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)";

    private static String newUser() {
        return "user-" + UUID.randomUUID();
    }

    @Test
    void theSeedsGetPostbackRegistersTheEvent() {
        JsonObject receipt = S2S.ok(S2S.get("/mmp/postback?s2s_token=s2sTokenForTheStoreApp"
                + "&user_id=0000-AAAA-BBBB-CCCC&event_id=register"));

        assertEquals("register", receipt.getString("event_id"));
        assertEquals("0000-AAAA-BBBB-CCCC", receipt.getString("user_id"));
        assertTrue(receipt.getString("id").matches("[0-9a-f-]{36}"));
    }

    @Test
    void theSeedsPostWithTheTokenInTheAuthorizationHeaderAndTheMisspelledAmountRegistersThePurchase() {
        HttpResponse<String> response = Http.send(Http.request("/mmp/postback?user_id=0000-AAAA-BBBB-CCCC"
                        + "&event_id=purchase&sale_amout=42")
                .header("Authorization", SEED_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build());

        JsonObject receipt = S2S.ok(response);
        assertEquals("purchase", receipt.getString("event_id"));
        assertFalse(receipt.getBoolean("duplicate"));
    }

    @Test
    void theSeedsS2sEventCallsAttributeThenRegisterThenOpenASession() {
        String user = newUser();
        String visitor = "&user_ip=" + S2S.newIp() + "&user_ua=" + q(USER_AGENT);

        JsonObject attribution = S2S.ok(S2S.get("/mmp/s2sevent?token=" + SEED_TOKEN + "&user_id=" + user
                + "&event_id=" + visitor));
        JsonObject registration = S2S.ok(S2S.get("/mmp/s2sevent?event_id=registration&token=" + SEED_TOKEN
                + "&user_id=" + user + "&event_id=" + visitor));
        JsonObject open = S2S.ok(S2S.get("/mmp/s2sevent?event_id=__open&token=" + SEED_TOKEN + "&user_id=" + user
                + "&event_id=" + visitor));

        assertFalse(attribution.containsKey("id"), "an attribution-only call records no event");
        assertEquals("organic", attribution.getJsonObject("attribution").getString("source"));
        assertEquals("registration", registration.getString("event_id"));
        assertEquals("__open", open.getString("event_id"));
    }

    @Test
    void theSeedsClickCallAnswersAClickId() {
        JsonObject click = S2S.ok(S2S.get("/mmp/click?no_redirect=true&user_ip=" + S2S.newIp() + "&user_ua="
                + q(USER_AGENT) + "&s2stoken=" + SEED_TOKEN));

        assertTrue(click.getString("id").matches("[A-Za-z0-9_-]{22}"), click.toString());
        assertEquals(1, click.size());
    }

    @Test
    void theTokenIsTakenFromTheHeaderRawOrBearerOrAnyOfItsParameterNamesInQueryFormOrJson() {
        String event = "user_id=" + newUser() + "&event_id=purchase";

        S2S.ok(S2S.getWithAuthorization("/mmp/postback?" + event, SEED_TOKEN));
        S2S.ok(S2S.getWithAuthorization("/mmp/postback?" + event, "Bearer " + SEED_TOKEN));
        S2S.ok(S2S.get("/mmp/postback?" + event + "&s2s_token=" + SEED_TOKEN));
        S2S.ok(S2S.get("/mmp/postback?" + event + "&s2stoken=" + SEED_TOKEN));
        S2S.ok(S2S.get("/mmp/postback?" + event + "&token=" + SEED_TOKEN));
        S2S.ok(S2S.postForm("/mmp/postback", event + "&s2s_token=" + SEED_TOKEN));
        S2S.ok(Http.postJson("/mmp/postback", "{\"token\":\"" + SEED_TOKEN + "\",\"user_id\":\"" + newUser()
                + "\",\"event_id\":\"purchase\",\"sale_amount\":9.99}"));
    }

    @Test
    void aMissingOrUnknownTokenIsUnauthorizedBeforeAnyValidation() {
        Http.assertProblem(401, null, S2S.get("/mmp/postback?user_id=x"));
        Http.assertProblem(401, null, S2S.get("/mmp/postback?s2s_token=not-a-token&user_id=x&event_id=register"));
        Http.assertProblem(401, null, S2S.getWithAuthorization("/mmp/s2sevent?user_id=x", "Bearer not-a-token"));
        Http.assertProblem(401, null, S2S.get("/mmp/report?token=not-a-token"));
        Http.assertProblem(401, null, S2S.get("/mmp/click?no_redirect=true"));
    }

    @Test
    void aMissingUserIdOrEventIdIsNamed() {
        Http.assertProblem(400, "user_id", S2S.get("/mmp/postback?s2s_token=" + SEED_TOKEN));
        Http.assertProblem(400, "event_id", S2S.get("/mmp/postback?s2s_token=" + SEED_TOKEN + "&user_id=u1"));
        Http.assertProblem(400, "event_id", S2S.get("/mmp/postback?s2s_token=" + SEED_TOKEN + "&user_id=u1&event_id="));
    }

    @Test
    void anEventTheAppDoesNotDeclareIsRefused() {
        HttpResponse<String> response = S2S.get("/mmp/postback?s2s_token=" + SEED_TOKEN + "&user_id=u1"
                + "&event_id=level_up");

        Http.assertProblem(400, "event_id", response);
        assertTrue(Http.json(response).getString("detail").contains("level_up"));
    }

    @Test
    void theS2sEventEndpointRequiresTheVisitorUnderEitherSpelling() {
        String call = "/mmp/s2sevent?token=" + SEED_TOKEN + "&user_id=" + newUser() + "&event_id=registration";

        Http.assertProblem(400, "user_ip", S2S.get(call + "&user_ua=" + q(USER_AGENT)));
        Http.assertProblem(400, "user_ua", S2S.get(call + "&user_ip=" + S2S.newIp()));
        S2S.ok(S2S.get(call + "&user_ip=" + S2S.newIp() + "&user_ua=" + q(USER_AGENT)));
        S2S.ok(S2S.get(call.replace("registration", "register") + "&ip_address=" + S2S.newIp() + "&user_agent="
                + q(USER_AGENT)));
    }

    @Test
    void malformedValuesAreRefusedUnderTheNameTheCallerUsed() {
        String call = "/mmp/postback?s2s_token=" + SEED_TOKEN + "&user_id=u1&event_id=purchase";

        Http.assertProblem(400, "sale_amout", S2S.get(call + "&sale_amout=forty-two"));
        Http.assertProblem(400, "sale_amount", S2S.get(call + "&sale_amount=-1"));
        Http.assertProblem(400, "sale_amount_currency", S2S.get(call + "&sale_amount=1&sale_amount_currency=EURO"));
        Http.assertProblem(400, "aggregated_event_value", S2S.get(call + "&aggregated_event_value=lots"));
        Http.assertProblem(400, "ip_address", S2S.get(call + "&ip_address=INSERT_IP"));
        Http.assertProblem(400, "user_ip", S2S.get(call + "&user_ip=999.1.1.1"));
        Http.assertProblem(400, "event_value", S2S.get(call + "&event_value=" + "x".repeat(4097)));
        Http.assertProblem(400, "user_id", S2S.get("/mmp/postback?s2s_token=" + SEED_TOKEN + "&event_id=purchase"
                + "&user_id=" + "u".repeat(256)));
    }

    @Test
    void aBodyThatIsNotAFormOrJsonOrIsMalformedOrTooLargeIsRefused() {
        Http.assertProblem(415, null, Http.send(Http.request("/mmp/postback?token=" + SEED_TOKEN)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build()));
        Http.assertProblem(400, null, Http.postJson("/mmp/postback?token=" + SEED_TOKEN, "{\"user_id\": "));
        Http.assertProblem(400, "body", Http.postJson("/mmp/postback?token=" + SEED_TOKEN, "[1, 2]"));
        Http.assertProblem(413, null, Http.postJson("/mmp/postback?token=" + SEED_TOKEN,
                "{\"event_value\":\"" + "x".repeat(70_000) + "\"}"));
    }

    @Test
    void anyOtherPathUnderMmpIsNotFound() {
        Http.assertProblem(404, null, S2S.get("/mmp/events?s2s_token=" + SEED_TOKEN));
        Http.assertProblem(404, null, S2S.get("/mmp"));
        Http.assertProblem(404, null, S2S.get("/mmp/postback/extra?s2s_token=" + SEED_TOKEN));
    }

    @Test
    void aRetryUnderTheSameIdempotencyKeyAnswersTheFirstAnswerAndADifferentRequestUnderItConflicts() {
        String key = UUID.randomUUID().toString();
        String call = "/mmp/postback?s2s_token=" + SEED_TOKEN + "&user_id=" + newUser() + "&event_id=purchase"
                + "&sale_amount=5";

        HttpResponse<String> first = Http.send(Http.request(call).header("Idempotency-Key", key).GET().build());
        HttpResponse<String> retry = Http.send(Http.request(call).header("Idempotency-Key", key).GET().build());
        HttpResponse<String> other = Http.send(Http.request(call.replace("=5", "=6"))
                .header("Idempotency-Key", key).GET().build());

        assertEquals(S2S.ok(first).getString("id"), S2S.ok(retry).getString("id"));
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertFalse(first.headers().firstValue("Idempotent-Replayed").isPresent());
        Http.assertProblem(422, null, other);
    }

    @Test
    void aRepeatOfANonRepeatableEventIsADuplicateButARepeatablePurchaseIsNot() {
        String call = "/mmp/postback?s2s_token=" + SEED_TOKEN + "&user_id=" + newUser() + "&event_id=";

        assertFalse(S2S.ok(S2S.get(call + "register")).getBoolean("duplicate"));
        assertTrue(S2S.ok(S2S.get(call + "register")).getBoolean("duplicate"));
        assertFalse(S2S.ok(S2S.get(call + "purchase")).getBoolean("duplicate"));
        assertFalse(S2S.ok(S2S.get(call + "purchase")).getBoolean("duplicate"));
    }

    @Test
    void anAppClickWithoutNoRedirectHasNowhereToGo() {
        Http.assertProblem(400, "no_redirect", S2S.get("/mmp/click?s2stoken=" + SEED_TOKEN));
    }

    @Test
    void anUnknownTrackingLinkIsNotFound() {
        Http.assertProblem(404, null, S2S.get("/mmp/click?link=no-such-link"));
    }

    @Test
    void aReportRangeMustBeValid() {
        String report = "/mmp/report?token=" + SEED_TOKEN;

        Http.assertProblem(400, "day", S2S.get(report + "&day=22.11.2026"));
        Http.assertProblem(400, "to", S2S.get(report + "&from=2026-11-10&to=2026-11-01"));
        Http.assertProblem(400, "to", S2S.get(report + "&from=2026-01-01&to=2026-03-01"));
        assertEquals(31, S2S.ok(S2S.get(report + "&from=2026-10-01&to=2026-10-31")).getJsonArray("days").size());
    }
}
