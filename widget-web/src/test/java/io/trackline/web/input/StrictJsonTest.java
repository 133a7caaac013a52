package io.trackline.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.Problem;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ClientErrorException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {

    private static String refusedField(String json) {
        return assertThrows(InvalidFieldException.class, () -> StrictJson.parse(json)).field();
    }

    @Test
    void wellFormedJsonReadsAsItsValue() {
        JsonObject object = StrictJson.parse("{\"uid\":\"u\",\"lines\":[{\"price\":1.50}],\"ok\":true,\"none\":null}")
                .asJsonObject();

        assertEquals("u", object.getString("uid"));
        assertEquals("1.50", object.getJsonArray("lines").getJsonObject(0).getJsonNumber("price").toString());
        assertEquals(4, object.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"uid\":\"1234\",\"uid\":\"5678\"}                      | uid",
            "{\"lines\":[{\"price\":1},{\"price\":1,\"price\":2}]}    | lines[1].price",
            "{\"a\":{\"b\":{\"b\":1,\"b\":2}}}                        | a.b.b"})
    void aKeyGivenTwiceIsRefusedByItsPath(String json, String field) {
        assertEquals(field, refusedField(json));
    }

    @Test
    void aNulCharacterIsRefusedWhereverItIs() {
        assertEquals("uid", refusedField("{\"uid\":\"a\\u0000b\"}"));
        assertEquals("a\u0000", refusedField("{\"a\\u0000\":1}"));
    }

    @Test
    void nestingIsBounded() {
        String deep = "[".repeat(StrictJson.MAX_DEPTH + 1) + "]".repeat(StrictJson.MAX_DEPTH + 1);

        refusedField(deep);
        StrictJson.parse("[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{\"q\":1e-999999999} | q", "{\"q\":1e999999999} | q"})
    void numbersNoFieldTakesAreRefused(String json, String field) {
        assertEquals(field, refusedField(json));
    }

    @Test
    void aNumberOfMoreDigitsThanAnyFieldTakesIsRefused() {
        assertEquals("q[1]", refusedField("{\"q\":[1, " + "9".repeat(StrictJson.MAX_NUMBER_DIGITS + 1) + "]}"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheMemberThatHoldsThem() {
        byte[] body = "{\"influencer_id\":\"a\",\"campaign\":\"caf\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);

        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> StrictJson.parse(body));

        assertEquals("campaign", refused.field());
        assertEquals("is not valid UTF-8", refused.getMessage());
    }

    @Test
    void overlongEncodingsAndEncodedSurrogatesAreNotUtf8() {
        byte[] overlongSlash = {'"', (byte) 0xc0, (byte) 0xaf, '"'};
        byte[] surrogate = {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'};

        assertEquals("body", assertThrows(InvalidFieldException.class, () -> StrictJson.parse(overlongSlash)).field());
        assertEquals("body", assertThrows(InvalidFieldException.class, () -> StrictJson.parse(surrogate)).field());
    }

    @Test
    void malformedJsonIsTheCallersErrorSayingWhere() {
        ClientErrorException refused = assertThrows(ClientErrorException.class, () -> StrictJson.parse("{\"a\":"));

        assertEquals(400, refused.getResponse().getStatus());
        assertEquals("urn:trackline:problem:malformed-json", ((Problem) refused.getResponse().getEntity()).type());
    }
}
