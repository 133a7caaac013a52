package io.trackline.auction.domain;

import static io.trackline.auction.domain.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A product may be promoted when in stock, or, with no stock from the feed, when shown lately. */
class AvailabilityTest {

    @Test
    void stockDecidesWhenTheFeedSendsIt() {
        assertTrue(new Availability(1, null).available(NOW));
        assertFalse(new Availability(0, null).available(NOW));
        assertFalse(new Availability(-2, null).available(NOW));
    }

    @Test
    void aRecentShowDoesNotOverrideAStockOfZero() {
        assertFalse(new Availability(0, NOW.minus(Duration.ofHours(1))).available(NOW));
    }

    @Test
    void withoutStockAProductShownWithinTheWeekIsAvailable() {
        assertTrue(new Availability(null, NOW.minus(Duration.ofHours(1))).available(NOW));
        assertTrue(new Availability(null, NOW.minus(Duration.ofDays(7)).plusSeconds(1)).available(NOW));
    }

    @Test
    void withoutStockAProductNotShownWithinTheWeekIsNot() {
        assertFalse(new Availability(null, NOW.minus(Duration.ofDays(7)).minusSeconds(1)).available(NOW));
        assertFalse(new Availability(null, NOW.minus(Duration.ofDays(30))).available(NOW));
        assertFalse(new Availability(null, null).available(NOW));
    }
}
