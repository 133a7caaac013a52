package io.trackline.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trackline.platform.api.InvalidFieldException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlParametersTest {

    private static String refusedField(String query) {
        return assertThrows(InvalidFieldException.class, () -> UrlParameters.parse(query)).field();
    }

    @Test
    void parametersAreDecodedInOrder() {
        assertEquals(Map.of("user_ua", List.of("Mozilla/5.0 (X11)"), "name", List.of("café"), "flag", List.of("")),
                UrlParameters.parse("user_ua=Mozilla%2F5.0+(X11)&name=caf%C3%A9&flag"));
    }

    @Test
    void theSeedsRepeatedEmptyEventIdAndTheSameValueTwiceAreOneParameter() {
        assertEquals(List.of("registration", ""),
                UrlParameters.parse("event_id=registration&token=t&event_id=").get("event_id"));
        UrlParameters.parse("a=1&a=1");
    }

    @Test
    void twoDifferentValuesOfOneNameAreRefusedByName() {
        assertEquals("event_id", refusedField("event_id=purchase&event_id=register"));
    }

    @Test
    void escapesMustBeWellFormedAndBytesUtf8() {
        assertEquals("user_id", refusedField("user_id=%zz"));
        assertEquals("user_id", refusedField("user_id=%C3"));
        assertEquals("user_id", refusedField("user_id=%FF%FE"));
        assertEquals("parameter name", refusedField("%C0%AF=1"));
        assertEquals("user_id", refusedField("user_id=a%00b"));
    }

    @Test
    void nothingIsNoParameters() {
        assertEquals(Map.of(), UrlParameters.parse(null));
        assertEquals(Map.of(), UrlParameters.parse(""));
    }
}
