package io.trackline.web.mmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.Problem;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S2SBodyTest {

    private static final MediaType FORM = new MediaType("application", "x-www-form-urlencoded", "UTF-8");
    private static final MediaType JSON = new MediaType("application", "json");

    private static Map<String, String> parse(MediaType type, String body) {
        return S2SBody.parse(type, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFormIsDecodedAndARepeatedNameKeepsItsOneNonBlankValue() {
        assertEquals(Map.of("user_id", "u 1", "event_id", "purchase", "name", "café au lait", "flag", ""),
                parse(FORM, "user_id=u%201&event_id=&event_id=purchase&event_id=purchase&name=caf%C3%A9+au+lait&flag"));
    }

    @Test
    void aNameGivenTwoValuesIsRefusedByName() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> parse(FORM, "event_id=purchase&event_id=register"));

        assertEquals("event_id", refused.field());
    }

    @Test
    void aBrokenEscapeOrBytesThatAreNotUtf8AreRefusedByName() {
        assertEquals("user_id", assertThrows(InvalidFieldException.class, () -> parse(FORM, "user_id=%zz")).field());
        assertEquals("user_id", assertThrows(InvalidFieldException.class, () -> parse(FORM, "user_id=%C3%28"))
                .field());
        assertEquals("body", assertThrows(InvalidFieldException.class, () -> S2SBody.parse(FORM,
                new byte[] {'a', '=', (byte) 0xff})).field());
    }

    @Test
    void jsonScalarsCountAsTheirTextAndAStructuredEventValueAsItsJson() {
        assertEquals(Map.of("user_id", "u1", "sale_amount", "42.50", "counted", "true",
                        "event_value", "{\"sku\":\"A-1\",\"qty\":2}"),
                parse(JSON, """
                        {"user_id": "u1", "sale_amount": 42.50, "counted": true, "clkid": null,
                         "event_value": {"sku": "A-1", "qty": 2}}"""));
    }

    @Test
    void anyOtherStructuredJsonValueOrADuplicateKeyIsRefusedByName() {
        assertEquals("user_id", assertThrows(InvalidFieldException.class,
                () -> parse(JSON, "{\"user_id\": [\"a\", \"b\"]}")).field());
        assertEquals("user_id", assertThrows(InvalidFieldException.class,
                () -> parse(JSON, "{\"user_id\": \"a\", \"user_id\": \"b\"}")).field());
    }

    @Test
    void aJsonSubtypeIsReadAsJson() {
        assertEquals(Map.of("user_id", "u1"),
                parse(new MediaType("application", "vnd.s2s+json"), "{\"user_id\":\"u1\"}"));
    }

    @Test
    void jsonThatIsNoObjectIsRefusedAsTheBody() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> parse(JSON, "[{\"user_id\": 1}]"));

        assertEquals("body", refused.field());
    }

    @Test
    void malformedJsonIsABadRequest() {
        ClientErrorException refused = assertThrows(ClientErrorException.class, () -> parse(JSON, "{\"user_id\": "));

        assertEquals(400, refused.getResponse().getStatus());
        assertEquals("urn:trackline:problem:malformed-json", ((Problem) refused.getResponse().getEntity()).type());
    }

    @Test
    void aBlankBodyHasNoParametersWhateverItsType() {
        assertEquals(Map.of(), parse(MediaType.TEXT_PLAIN_TYPE, " \r\n"));
        assertEquals(Map.of(), parse(null, ""));
    }

    @Test
    void aBodyOfAnotherTypeIsRefused() {
        assertEquals(415, assertThrows(NotSupportedException.class,
                () -> parse(MediaType.TEXT_PLAIN_TYPE, "user_id=u1")).getResponse().getStatus());
        assertThrows(NotSupportedException.class, () -> parse(null, "user_id=u1"));
    }
}
