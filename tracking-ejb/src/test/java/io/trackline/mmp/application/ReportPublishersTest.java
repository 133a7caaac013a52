package io.trackline.mmp.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trackline.mmp.api.AppReport.Publisher;
import io.trackline.mmp.domain.AppReportFigures.ClickRow;
import io.trackline.mmp.domain.AppReportFigures.UserRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPublishersTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private final List<ClickRow> clicks = List.of(
            new ClickRow(MONDAY, "alpha", "spring", 10),
            new ClickRow(MONDAY, "beta", null, 25),
            new ClickRow(MONDAY, "alpha", "summer", 3),
            new ClickRow(TUESDAY, "alpha", "spring", 100));

    private final List<UserRow> users = List.of(
            new UserRow(MONDAY, "click", "alpha", "spring", 4),
            new UserRow(MONDAY, "fingerprint", "alpha", "spring", 2),
            new UserRow(MONDAY, "click", "beta", null, 5),
            new UserRow(MONDAY, "organic", null, null, 9),
            // a user attributed today to a click of an earlier day
            new UserRow(MONDAY, "fingerprint", "gamma", "autumn", 1),
            new UserRow(TUESDAY, "click", "alpha", "spring", 50));

    @Test
    void clicksAndUsersAreMergedPerPublisherAndCampaignBusiestFirst() {
        assertEquals(List.of(
                new Publisher("beta", null, 25, 5, 0),
                new Publisher("alpha", "spring", 10, 4, 2),
                new Publisher("alpha", "summer", 3, 0, 0),
                new Publisher("gamma", "autumn", 0, 0, 1)), ReportPublishers.of(clicks, users, MONDAY));
    }

    @Test
    void otherDaysAreLeftOut() {
        assertEquals(List.of(new Publisher("alpha", "spring", 100, 50, 0)),
                ReportPublishers.of(clicks, users, TUESDAY));
    }

    @Test
    void organicUsersAloneMakeNoPublisher() {
        assertEquals(List.of(), ReportPublishers.of(List.of(), List.of(new UserRow(MONDAY, "organic", null, null, 9)),
                MONDAY));
    }
}
