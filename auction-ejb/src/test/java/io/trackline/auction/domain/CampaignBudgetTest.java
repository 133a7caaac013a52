package io.trackline.auction.domain;

import static io.trackline.auction.domain.Fixtures.NOW;
import static io.trackline.auction.domain.Fixtures.TODAY;
import static io.trackline.auction.domain.Fixtures.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a campaign may serve: its dates, its budgets, and its pace through the UTC day. */
class CampaignBudgetTest {

    private static final ServingDay NOON = ServingDay.of(NOW);

    private static CampaignBudget campaign(boolean active, LocalDate startsOn, LocalDate endsOn) {
        return new CampaignBudget(1, active, startsOn, endsOn, money("100.00"), null, BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    private static CampaignBudget spend(String totalBudget, String spentToday, String spentTotal) {
        return new CampaignBudget(1, true, TODAY.minusDays(10), null, money("100.00"),
                totalBudget == null ? null : money(totalBudget), money(spentToday), money(spentTotal));
    }

    @Test
    void aPausedCampaignIsNotLive() {
        assertEquals(Exclusion.NOT_LIVE, campaign(false, TODAY.minusDays(1), null).exclusion(NOON));
    }

    @Test
    void aCampaignServesFromItsFirstDayThroughItsLastDay() {
        assertEquals(Exclusion.NOT_LIVE, campaign(true, TODAY.plusDays(1), null).exclusion(NOON));
        assertNull(campaign(true, TODAY, null).exclusion(NOON));
        assertNull(campaign(true, TODAY.minusDays(5), TODAY).exclusion(NOON));
        assertEquals(Exclusion.NOT_LIVE, campaign(true, TODAY.minusDays(5), TODAY.minusDays(1)).exclusion(NOON));
    }

    @Test
    void theDailyBudgetSpentStopsTheCampaign() {
        assertEquals(Exclusion.BUDGET, spend(null, "100.00", "100.00").exclusion(NOON));
        assertEquals(Exclusion.BUDGET, spend(null, "100.37", "100.37").exclusion(NOON));
    }

    @Test
    void theTotalBudgetSpentStopsTheCampaignEvenWithNothingSpentToday() {
        assertEquals(Exclusion.BUDGET, spend("500.00", "0", "500.00").exclusion(NOON));
        assertNull(spend("500.00", "0", "499.99").exclusion(NOON));
    }

    @Test
    void withoutATotalBudgetOnlyTheDayCounts() {
        assertNull(spend(null, "0", "1000000.00").exclusion(NOON));
    }

    // A quarter of the day gone: 25% of the daily budget, plus 10% slack, is 35.
    @ParameterizedTest
    @CsvSource({"34.00, false", "35.00, false", "35.01, true", "36.00, true"})
    void atSixInTheMorningThePaceAllowsThirtyFive(String spentToday, boolean pacing) {
        ServingDay day = ServingDay.of(Instant.parse("2026-11-22T06:00:00Z"));

        assertEquals(pacing ? Exclusion.PACING : null, spend(null, spentToday, spentToday).exclusion(day));
    }

    // Only the slack at midnight, so that a campaign can serve at all.
    @ParameterizedTest
    @CsvSource({"0, false", "10.00, false", "10.01, true"})
    void atMidnightOnlyTheSlackIsAllowed(String spentToday, boolean pacing) {
        ServingDay day = ServingDay.of(Instant.parse("2026-11-22T00:00:00Z"));

        assertEquals(pacing ? Exclusion.PACING : null, spend(null, spentToday, spentToday).exclusion(day));
    }

    @Test
    void overspendingTheDayIsBudgetNotPacing() {
        Instant midnight = Instant.parse("2026-11-22T00:00:00Z");

        assertEquals(Exclusion.BUDGET, spend(null, "100.00", "100.00").exclusion(ServingDay.of(midnight)));
    }
}
