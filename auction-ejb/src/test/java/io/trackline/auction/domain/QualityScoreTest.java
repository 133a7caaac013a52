package io.trackline.auction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Quality is the click-through rate against the retailer's, smoothed so that new ad groups start even. */
class QualityScoreTest {

    private static final double AVERAGE = 0.02;

    @Test
    void aNewAdGroupIsAverage() {
        assertEquals(1.0, QualityScore.of(0, 0, AVERAGE), 1e-9);
    }

    @Test
    void aRetailerWithoutDataRatesEveryAdGroupAverage() {
        assertEquals(1.0, QualityScore.of(1_000, 50, 0), 1e-9);
    }

    @Test
    void aFewImpressionsMoveItLittleAndManyMoveItFar() {
        double lucky = QualityScore.of(10, 2, AVERAGE);
        double proven = QualityScore.of(100_000, 4_000, AVERAGE);

        assertTrue(lucky > 1 && lucky < 1.9, "2 clicks of 10 are not yet a 20% CTR: " + lucky);
        assertEquals(2.0, proven, 0.01);
        assertTrue(QualityScore.of(100_000, 200, AVERAGE) < 0.2 + 1e-9, "a tenth of the average, floored");
    }

    @Test
    void itStaysWithinItsBounds() {
        assertEquals(QualityScore.MAX, QualityScore.of(100_000, 90_000, AVERAGE), 1e-9);
        assertEquals(QualityScore.MIN, QualityScore.of(100_000, 0, AVERAGE), 1e-9);
    }
}
