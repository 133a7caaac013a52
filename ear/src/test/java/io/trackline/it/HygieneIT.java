package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Privacy at rest, as a database dump would show it, and anti-cheat that spelling cannot dodge: partner
 * secrets are not stored as bare SHA-256, daily visitor-hash keys are sealed, and one IP address spelled
 * two ways is one visitor.
 */
class HygieneIT extends TracklineIT {

    @Test
    void partnerSecretsAreNotStoredAsTheirBareSha256() throws Exception {
        List<String> stored = Http.jsonArray(Http.ok(Http.get("/it-probe/at-rest/secret-hashes")))
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();

        assertFalse(stored.isEmpty());
        for (String secret : List.of(Postbacks.ACCESS_KEY, S2S.SEED_TOKEN, Admin.ADMIN_SECRET)) {
            assertFalse(stored.contains(sha256(secret)), secret + " is stored as its bare SHA-256");
        }
        assertEquals(200, Postbacks.send("{\"influencer_id\":\"" + Postbacks.newInfluencer()
                + "\",\"product\":\"product\"}").statusCode(), "the key still works");
    }

    @Test
    void dailyVisitorHashKeysAreSealedNeverStoredInClear() {
        Postbacks.send("{\"influencer_id\":\"" + Postbacks.newInfluencer() + "\",\"product\":\"product-protected\","
                + "\"ip\":\"198.51.100.9\",\"user_agent\":\"ua\"}");

        List<JsonObject> keys = Http.jsonArray(Http.ok(Http.get("/it-probe/at-rest/daily-keys")))
                .getValuesAs(JsonObject.class);

        assertFalse(keys.isEmpty());
        keys.forEach(key -> {
            assertTrue(key.getBoolean("sealed"), key.toString());
            assertEquals(2 * (32 + 16), key.getString("bytes").length(), "a 32-byte key and its GCM tag");
        });
    }

    @Test
    void oneAddressSpelledAnotherWayIsTheSameVisitorToAntiCheat() {
        for (List<String> spellings : List.of(List.of("198.51.100.44", "::ffff:198.51.100.44"),
                List.of("2001:db8::44", "2001:0DB8:0:0:0:0:0:0044"))) {
            String influencer = Postbacks.newInfluencer();
            JsonObject first = Http.json(Http.ok(Postbacks.send(visit(influencer, spellings.get(0)))));
            JsonObject second = Http.json(Http.ok(Postbacks.send(visit(influencer, spellings.get(1)))));

            assertTrue(first.getBoolean("counted"), first.toString());
            assertFalse(second.getBoolean("counted"), spellings + " " + second);
            assertEquals("anti_cheat", second.getString("reason"));
        }
    }

    private static String visit(String influencer, String ip) {
        return "{\"influencer_id\":\"" + influencer + "\",\"product\":\"product-protected\",\"event_type\":\"reg\","
                + "\"ip\":\"" + ip + "\",\"user_agent\":\"Mozilla/5.0 (X11)\"}";
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                text.getBytes(StandardCharsets.UTF_8)));
    }
}
