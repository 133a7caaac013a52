package io.trackline.dashboard.mmp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trackline.mmp.api.AppReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An app report summed over its days: per publisher and campaign, per event, users by source. */
class AppReportSummaryTest {

    private static AppReport.Day day(int dayOfMonth, List<AppReport.Publisher> publishers, String revenue) {
        return new AppReport.Day(LocalDate.of(2026, 11, dayOfMonth), 3, new AppReport.AttributedUsers(1, 1, 2),
                publishers, List.of(new AppReport.Event("purchase", 2, 1, new BigDecimal(revenue), BigDecimal.ONE)),
                new BigDecimal(revenue), List.of(), 4, new AppReport.ActiveUsers(dayOfMonth, 3, 4));
    }

    private static final AppReport REPORT = new AppReport("store", "EUR", LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 2), List.of(
                    day(1, List.of(new AppReport.Publisher("ads", "winter", 2, 1, 0),
                            new AppReport.Publisher("blog", null, 1, 0, 1)), "10.50"),
                    day(2, List.of(new AppReport.Publisher("ads", "winter", 3, 1, 1)), "2")));

    @Test
    void theDaysAreSummedPerPublisherAndCampaignAndPerEvent() {
        AppReportSummary summary = AppReportSummary.of(REPORT, null);

        assertEquals(List.of(new AppReport.Publisher("ads", "winter", 5, 2, 1),
                new AppReport.Publisher("blog", null, 1, 0, 1)), summary.publishers());
        assertEquals(List.of(new AppReport.Event("purchase", 4, 2, new BigDecimal("12.50"), new BigDecimal(2))),
                summary.events());
        assertEquals(new AppReport.AttributedUsers(2, 2, 4), summary.users());
        assertEquals(8, summary.attributedUsers());
        assertEquals(6, summary.clicks());
        assertEquals(new BigDecimal("12.50"), summary.revenue());
        assertEquals(List.of("winter"), summary.campaigns());
        assertEquals(new AppReport.ActiveUsers(2, 3, 4), summary.lastDayActive(), "the last day's");
    }

    @Test
    void aCampaignFilterKeepsItsPublishersButOffersEveryCampaign() {
        AppReportSummary summary = AppReportSummary.of(REPORT, "winter");

        assertEquals(List.of(new AppReport.Publisher("ads", "winter", 5, 2, 1)), summary.publishers());
        assertEquals(List.of("winter"), summary.campaigns());
    }
}
