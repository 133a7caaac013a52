package io.trackline.retail.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The webhook-* headers: all three, in their form; fresh within 300 s either way. */
class WebhookHeadersTest {

    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void allThreeInTheirFormAreRead() {
        assertEquals(Optional.of(new WebhookHeaders("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, SIGNATURE)),
                WebhookHeaders.parse("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", SIGNATURE));
        assertTrue(WebhookHeaders.parse("0b6dfac8-a832-48e7-947f-d7b26abb25bc", "1", SIGNATURE).isPresent());
    }

    @Test
    void aMissingOrMalformedHeaderRefusesTheRequest() {
        assertFalse(WebhookHeaders.parse(null, "1614265330", SIGNATURE).isPresent());
        assertFalse(WebhookHeaders.parse("msg_1", null, SIGNATURE).isPresent());
        assertFalse(WebhookHeaders.parse("msg_1", "1614265330", null).isPresent());
        assertFalse(WebhookHeaders.parse("msg_1", "1614265330", " ").isPresent());
        assertFalse(WebhookHeaders.parse("msg.1", "1614265330", SIGNATURE).isPresent(), "a dot in the id");
        assertFalse(WebhookHeaders.parse("msg 1", "1614265330", SIGNATURE).isPresent(), "a space in the id");
        assertFalse(WebhookHeaders.parse("", "1614265330", SIGNATURE).isPresent());
        assertFalse(WebhookHeaders.parse("m".repeat(WebhookHeaders.MAX_ID + 1), "1614265330", SIGNATURE).isPresent());
        assertFalse(WebhookHeaders.parse("msg_1", "1614265330.5", SIGNATURE).isPresent());
        assertFalse(WebhookHeaders.parse("msg_1", "-1614265330", SIGNATURE).isPresent());
        assertFalse(WebhookHeaders.parse("msg_1", "1614265330abc", SIGNATURE).isPresent());
        assertFalse(WebhookHeaders.parse("msg_1", "hello", SIGNATURE).isPresent());
    }

    @Test
    void anyOneHeaderMakesItAStandardWebhooksRequest() {
        assertTrue(WebhookHeaders.anyPresent(null, null, SIGNATURE));
        assertTrue(WebhookHeaders.anyPresent("msg_1", null, null));
        assertFalse(WebhookHeaders.anyPresent(null, null, null));
    }

    @Test
    void freshWithinThreeHundredSecondsEitherWay() {
        WebhookHeaders headers = new WebhookHeaders("msg_1", 1_000_000, SIGNATURE);

        assertTrue(headers.freshAt(Instant.ofEpochSecond(1_000_300)));
        assertTrue(headers.freshAt(Instant.ofEpochSecond(999_700)));
        assertFalse(headers.freshAt(Instant.ofEpochSecond(1_000_301)), "too old");
        assertFalse(headers.freshAt(Instant.ofEpochSecond(999_699)), "from the future");
    }
}
