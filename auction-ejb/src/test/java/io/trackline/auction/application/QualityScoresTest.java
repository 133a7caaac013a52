package io.trackline.auction.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.auction.domain.DailyStats.Performance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each ad group is rated against its own retailer's click-through rate, not another's. */
class QualityScoresTest {

    @Test
    void anAdGroupAboveItsRetailersAverageRatesAboveOneAndOneBelowItBelow() {
        Map<Long, Map<Long, Double>> qualities = QualityScores.of(List.of(
                new Performance(11, 1, 50_000, 2_000),
                new Performance(11, 2, 50_000, 500),
                new Performance(7, 3, 50_000, 500)));

        assertTrue(qualities.get(11L).get(1L) > 1.5, qualities.toString());
        assertTrue(qualities.get(11L).get(2L) < 0.5, qualities.toString());
        assertEquals(1.0, qualities.get(7L).get(3L), 0.01, "alone, it is its retailer's average");
    }

    @Test
    void aRetailerWithoutClicksRatesEveryAdGroupAverage() {
        assertEquals(1.0, QualityScores.of(List.of(new Performance(5, 9, 1_000, 0))).get(5L).get(9L), 1e-9);
    }
}
