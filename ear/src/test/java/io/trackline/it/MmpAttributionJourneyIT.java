package io.trackline.it;

import static io.trackline.it.S2S.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A whole attribution journey on an app of its own: clicks (through a tracking link, and asked for by the
 * app's backend), users attributed by click, by fingerprint, through the advanced flow and organically,
 * their events, revenue in two currencies, sessions, and then the day's report, figure by figure.
 */
class MmpAttributionJourneyIT extends TracklineIT {

    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)";
    private static final String DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0";

    @Test
    void clickThenFirstEventThenEventsThenReport() {
        S2S.App app = S2S.newApp();
        String token = app.token();

        // Ann clicks a publisher's tracking link and lands with a clkid; the app's backend passes it on.
        HttpResponse<String> redirect = S2S.get("/mmp/click?link=" + app.link() + "&sub2=story");
        assertEquals(302, redirect.statusCode(), redirect.body());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("https://shop.example/landing?utm_source=it&clkid="), location);
        assertTrue(location.endsWith("#top"), location);
        String annsClick = location.substring(location.indexOf("clkid=") + 6, location.indexOf('#'));
        JsonObject ann = attribution(S2S.ok(S2S.get("/mmp/s2sevent?token=" + token + "&user_id=ann&clkid="
                + annsClick + "&user_ip=" + S2S.newIp() + "&user_ua=" + q(IPHONE))));
        assertEquals("click", ann.getString("source"));
        assertEquals(annsClick, ann.getString("click_id"));
        assertEquals("it-publisher", ann.getString("publisher"));
        assertEquals("it-campaign", ann.getString("campaign"));

        // Bob's click is asked for by the backend; his first event comes with the same visitor, spelled otherwise.
        String bobsIp = S2S.newIp();
        String bobsClick = S2S.clickId(token, bobsIp, DESKTOP);
        JsonObject bob = attribution(S2S.ok(S2S.get("/mmp/s2sevent?token=" + token + "&user_id=bob&event_id=__open"
                + "&ip_address=" + bobsIp + "&user_agent=" + q(DESKTOP))));
        assertEquals("fingerprint", bob.getString("source"));
        assertEquals(bobsClick, bob.getString("click_id"));

        // Cid: the seed's advanced flow, the click id becomes the user id.
        String cidsClick = S2S.clickId(token, S2S.newIp(), IPHONE);
        assertEquals("click", attribution(S2S.ok(S2S.get("/mmp/postback?s2s_token=" + token + "&user_id="
                + cidsClick + "&event_id=register"))).getString("source"));

        // Dee came on her own, and an expired click id does not make her attributed.
        String deesOldClick = S2S.clickId(token, S2S.newIp(), IPHONE);
        S2S.ageClick(deesOldClick, 8 * 24);
        assertEquals("organic", attribution(S2S.ok(S2S.get("/mmp/s2sevent?token=" + token + "&user_id=dee"
                + "&click_id=" + deesOldClick + "&event_id=__open&user_ip=" + S2S.newIp() + "&user_ua="
                + q(IPHONE)))).getString("source"));

        // Later events keep the first attribution, whatever visitor they come with.
        JsonObject annAgain = S2S.ok(S2S.get("/mmp/s2sevent?token=" + token + "&user_id=ann&event_id=register"
                + "&user_ip=" + bobsIp + "&user_ua=" + q(DESKTOP)));
        assertEquals(annsClick, attribution(annAgain).getString("click_id"));
        assertTrue(S2S.ok(S2S.get("/mmp/postback?token=" + token + "&user_id=ann&event_id=register"))
                .getBoolean("duplicate"));
        S2S.ok(S2S.get("/mmp/postback?token=" + token + "&user_id=ann&event_id=__open"));
        S2S.ok(S2S.get("/mmp/postback?token=" + token + "&user_id=ann&event_id=purchase&sale_amount=10.80"
                + "&sale_amount_currency=usd&aggregated_event_value=5&event_value=" + q("{\"sku\":\"A-1\"}")));
        S2S.ok(S2S.postForm("/mmp/postback", "token=" + token + "&user_id=bob&event_id=purchase&sale_amout=20"
                + "&aggregated_event_value=7"));
        S2S.ok(Http.postJson("/mmp/postback", "{\"token\":\"" + token + "\",\"user_id\":\"dee\",\"event_id\":"
                + "\"purchase\",\"sale_amount\":500,\"sale_amount_currency\":\"XAF\"}"));

        JsonObject day = onlyDay(S2S.ok(S2S.getWithAuthorization("/mmp/report", "Bearer " + token)));

        assertEquals(4, day.getInt("clicks"));
        JsonObject users = day.getJsonObject("attributed_users");
        assertEquals(2, users.getInt("click"));
        assertEquals(1, users.getInt("fingerprint"));
        assertEquals(1, users.getInt("organic"));
        JsonObject linked = publisher(day.getJsonArray("publishers"), "it-publisher");
        assertEquals("it-campaign", linked.getString("campaign"));
        assertEquals(1, linked.getInt("clicks"));
        assertEquals(1, linked.getInt("click_users"));
        JsonObject register = event(day.getJsonArray("events"), "register");
        assertEquals(2, register.getInt("count"));
        assertEquals(1, register.getInt("duplicates"));
        JsonObject purchase = event(day.getJsonArray("events"), "purchase");
        assertEquals(3, purchase.getInt("count"));
        assertEquals(new BigDecimal("30"), purchase.getJsonNumber("revenue").bigDecimalValue(),
                "10.80 USD at 1.08 per euro, plus 20 EUR; XAF has no rate");
        assertEquals(new BigDecimal("12"), purchase.getJsonNumber("aggregated_value").bigDecimalValue());
        assertEquals(new BigDecimal("30"), day.getJsonNumber("revenue").bigDecimalValue());
        JsonObject unconverted = day.getJsonArray("unconverted_revenue").getJsonObject(0);
        assertEquals("XAF", unconverted.getString("currency"));
        assertEquals(new BigDecimal("500"), unconverted.getJsonNumber("amount").bigDecimalValue());
        assertEquals(3, day.getInt("sessions"));
        JsonObject active = day.getJsonObject("active_users");
        assertEquals(3, active.getInt("daily"));
        assertEquals(3, active.getInt("weekly"));
        assertEquals(3, active.getInt("monthly"));
    }

    @Test
    void anotherAppsTokenSeesNoneOfItAndCannotUseItsClicks() {
        S2S.App mine = S2S.newApp();
        S2S.App theirs = S2S.newApp();
        String myClick = S2S.clickId(mine.token(), S2S.newIp(), IPHONE);

        JsonObject theirUser = S2S.ok(S2S.get("/mmp/postback?token=" + theirs.token() + "&user_id=eve&clkid="
                + myClick + "&event_id=register"));

        assertEquals("organic", attribution(theirUser).getString("source"));
        JsonObject theirDay = onlyDay(S2S.ok(S2S.get("/mmp/report?token=" + theirs.token())));
        assertEquals(0, theirDay.getInt("clicks"));
        assertFalse(theirDay.getJsonArray("events").isEmpty());
        assertEquals(1, onlyDay(S2S.ok(S2S.get("/mmp/report?token=" + mine.token()))).getInt("clicks"));
    }

    private static JsonObject attribution(JsonObject receipt) {
        return receipt.getJsonObject("attribution");
    }

    private static JsonObject onlyDay(JsonObject report) {
        JsonArray days = report.getJsonArray("days");
        assertEquals(1, days.size(), report.toString());
        JsonObject day = days.getJsonObject(0);
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), day.getString("day"));
        return day;
    }

    private static JsonObject publisher(JsonArray publishers, String name) {
        return publishers.stream().map(JsonObject.class::cast)
                .filter(row -> name.equals(row.getString("publisher", null))).findFirst()
                .orElseThrow(() -> new AssertionError("No publisher " + name + " in " + publishers));
    }

    private static JsonObject event(JsonArray events, String eventId) {
        return events.stream().map(JsonObject.class::cast).filter(row -> eventId.equals(row.getString("event_id")))
                .findFirst().orElseThrow(() -> new AssertionError("No event " + eventId + " in " + events));
    }
}
