package io.trackline.retail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The canonical string and signature of DESIGN.md, starting from the seed's own example. */
class SignatureTest {

    private static final byte[] TEST_KEY = "TEST-KEY".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSeedsExampleSignsAsTheSeedSays() {
        String canonical = CanonicalString.of("""
                {
                  "platform_type": "WEB_DESKTOP",
                  "category": 3,
                  "uid": "123456789"
                }""");

        assertEquals("3WEB_DESKTOP123456789", canonical);
        assertEquals("k+OWP4Ma3U+6BEEopquZzqunnB+w7/vCuAbGdl7iJwg=", HmacSignature.sign(TEST_KEY, canonical));
        assertTrue(HmacSignature.matches("k+OWP4Ma3U+6BEEopquZzqunnB+w7/vCuAbGdl7iJwg=", TEST_KEY, canonical));
    }

    @Test
    void namesSortLowerCasedAndNestedValuesContributeInOrder() {
        assertEquals("ab1c2de", CanonicalString.of("{\"Zeta\":\"e\",\"alpha\":\"a\","
                + "\"Beta\":[\"b\",1,{\"y\":2,\"X\":\"c\"}],\"delta\":{\"k\":\"d\"}}"));
    }

    @Test
    void numbersKeepTheirTextAsSentAndBooleansAndNullsTheirCanonicalForms() {
        assertEquals("1.501e2-0truefalse", CanonicalString.of("{\"a\":1.50,\"b\":1e2,\"c\":-0,\"d\":true,\"e\":false,"
                + "\"f\":null}"));
    }

    @Test
    void unicodeIsSignedAsUtf8() {
        String canonical = CanonicalString.of("{\"search_term\":\"crème brûlée \\u00e9\",\"uid\":\"ü\"}");

        assertEquals("crème brûlée éü", canonical);
        assertEquals(HmacSignature.sign(TEST_KEY, "crème brûlée éü"), HmacSignature.sign(TEST_KEY, canonical));
    }

    @Test
    void aWrongOrMalformedSignatureNeverMatches() {
        assertFalse(HmacSignature.matches("k+OWP4Ma3U+6BEEopquZzqunnB+w7/vCuAbGdl7iJwg=", TEST_KEY, "3WEB_DESKTOP1"));
        assertFalse(HmacSignature.matches("not base64 !", TEST_KEY, "x"));
        assertFalse(HmacSignature.matches("", TEST_KEY, "x"));
    }

    @Test
    void onlyAnObjectCanBeSigned() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalString.of("[1,2]"));
    }
}
