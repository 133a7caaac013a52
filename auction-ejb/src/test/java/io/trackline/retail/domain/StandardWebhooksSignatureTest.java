package io.trackline.retail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Standard Webhooks signature, checked against the test vector the specification's libraries publish
 * (libraries/javascript/src/webhook.test.ts: "sign function works", and its multi-signature case).
 */
class StandardWebhooksSignatureTest {

    private static final byte[] VECTOR_KEY = Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long VECTOR_TIMESTAMP = 1614265330;
    private static final byte[] VECTOR_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static final byte[] OTHER_KEY = "TEST-KEY".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsThePublishedVector() {
        assertEquals(VECTOR_SIGNATURE, StandardWebhooksSignature.sign(VECTOR_KEY, VECTOR_ID, VECTOR_TIMESTAMP,
                VECTOR_BODY));
        assertTrue(matches(VECTOR_SIGNATURE, List.of(VECTOR_KEY)));
    }

    @Test
    void oneMatchingEntryAmongOthersAndOtherVersionsIsEnough() {
        String header = String.join(" ", "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
                "v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=", VECTOR_SIGNATURE,
                "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=");

        assertTrue(matches(header, List.of(VECTOR_KEY)));
    }

    @Test
    void anyOfTheKeysValidNowMaySign() {
        assertTrue(matches(VECTOR_SIGNATURE, List.of(OTHER_KEY, VECTOR_KEY)), "the old key still signs");
        assertFalse(matches(VECTOR_SIGNATURE, List.of(OTHER_KEY)), "a key that does not sign it");
        assertFalse(matches(VECTOR_SIGNATURE, List.of()), "a retailer without keys valid now");
    }

    @Test
    void aChangedBodyIdOrTimestampNoLongerMatches() {
        List<byte[]> keys = List.of(VECTOR_KEY);
        assertFalse(StandardWebhooksSignature.matches(VECTOR_SIGNATURE, keys, VECTOR_ID, VECTOR_TIMESTAMP,
                "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(StandardWebhooksSignature.matches(VECTOR_SIGNATURE, keys, "msg_other", VECTOR_TIMESTAMP,
                VECTOR_BODY));
        assertFalse(StandardWebhooksSignature.matches(VECTOR_SIGNATURE, keys, VECTOR_ID, VECTOR_TIMESTAMP + 1,
                VECTOR_BODY));
    }

    @Test
    void onlyTheV1EntryExactlyAsSignedMatches() {
        String base64 = VECTOR_SIGNATURE.substring(3);
        assertFalse(matches("v1a," + base64, List.of(VECTOR_KEY)), "another version's entry");
        assertFalse(matches("v2," + base64, List.of(VECTOR_KEY)));
        assertFalse(matches(base64, List.of(VECTOR_KEY)), "no version");
        assertFalse(matches("v1," + base64.substring(0, base64.length() - 1), List.of(VECTOR_KEY)), "unpadded");
        assertFalse(matches("v1,", List.of(VECTOR_KEY)));
        assertFalse(matches(VECTOR_SIGNATURE.substring(0, 8), List.of(VECTOR_KEY)), "a partial signature");
        assertFalse(matches("v1,dawfeoifkpqwoekfpqoekf", List.of(VECTOR_KEY)));
    }

    @Test
    void theBodyIsSignedAsItsBytesNotAsText() {
        byte[] latin1 = "{\"uid\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf8 = "{\"uid\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        String signature = StandardWebhooksSignature.sign(OTHER_KEY, "id", 1, utf8);

        assertTrue(StandardWebhooksSignature.matches(signature, List.of(OTHER_KEY), "id", 1, utf8));
        assertFalse(StandardWebhooksSignature.matches(signature, List.of(OTHER_KEY), "id", 1, latin1));
    }

    @Test
    void theWhsecFormIsThePrefixAndTheKeysBytesInBase64() {
        assertEquals("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", WebhookSecret.of(VECTOR_KEY));
        assertEquals("whsec_VEVTVC1LRVk=", WebhookSecret.of(OTHER_KEY));
    }

    private static boolean matches(String header, List<byte[]> keys) {
        return StandardWebhooksSignature.matches(header, keys, VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY);
    }
}
