package io.trackline.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VisitorHashingTest {

    private static final byte[] TODAY = "key of today, thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TOMORROW = "key of tomorrow, 32 bytes long!!".getBytes(StandardCharsets.US_ASCII);
    private static final String IP = "132.244.133.122";
    private static final String AGENT = "Mozilla/5.0";

    @Test
    void theSameVisitorHashesAlikeWithinADay() {
        assertEquals(VisitorHashing.hmac(TODAY, IP, AGENT), VisitorHashing.hmac(TODAY, IP, AGENT));
    }

    @Test
    void oneAddressSpelledTwoWaysHashesOneWay() {
        assertEquals(VisitorHashing.hmac(TODAY, IP, AGENT), VisitorHashing.hmac(TODAY, "::ffff:" + IP, AGENT));
        assertEquals(VisitorHashing.hmac(TODAY, "2001:db8::1", AGENT),
                VisitorHashing.hmac(TODAY, "2001:0DB8:0:0:0:0:0:0001", AGENT));
    }

    @Test
    void anotherDayAnotherIpOrAnotherAgentHashesOtherwise() {
        String visitor = VisitorHashing.hmac(TODAY, IP, AGENT);

        assertNotEquals(visitor, VisitorHashing.hmac(TOMORROW, IP, AGENT));
        assertNotEquals(visitor, VisitorHashing.hmac(TODAY, "132.244.133.123", AGENT));
        assertNotEquals(visitor, VisitorHashing.hmac(TODAY, IP, AGENT + " "));
    }

    @Test
    void theHashIsSixtyFourHexDigitsAndHoldsNothingOfTheIp() {
        String visitor = VisitorHashing.hmac(TODAY, IP, AGENT);

        assertTrue(visitor.matches("[0-9a-f]{64}"), visitor);
        assertFalse(visitor.contains("132"), visitor);
    }
}
