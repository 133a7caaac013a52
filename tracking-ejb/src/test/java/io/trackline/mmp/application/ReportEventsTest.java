package io.trackline.mmp.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trackline.mmp.api.AppReport.Event;
import io.trackline.mmp.domain.AppReportFigures.EventRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportEventsTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private static BigDecimal amount(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static EventRow row(LocalDate day, String mappingId, boolean counted, long events, String revenue,
                                String aggregated) {
        return new EventRow(day, mappingId, counted, events, amount(revenue), amount(aggregated));
    }

    private final List<EventRow> rows = List.of(
            row(MONDAY, "purchase", true, 3, "30.000000", null),
            row(MONDAY, "purchase", true, 1, null, "4.500000"),
            // duplicates are counted apart, and their amounts are not revenue
            row(MONDAY, "purchase", false, 2, "99.000000", "9.000000"),
            row(MONDAY, "login", true, 5, null, null),
            row(MONDAY, "add_to_cart", false, 4, null, null),
            row(TUESDAY, "purchase", true, 7, "70.000000", null));

    @Test
    void eachEventOfTheDayIsSummedInAlphabeticalOrder() {
        assertEquals(List.of(
                new Event("add_to_cart", 0, 4, amount("0"), amount("0")),
                new Event("login", 5, 0, amount("0"), amount("0")),
                new Event("purchase", 4, 2, amount("30"), amount("4.5"))), ReportEvents.of(rows, MONDAY));
    }

    @Test
    void otherDaysAreLeftOut() {
        assertEquals(List.of(new Event("purchase", 7, 0, amount("70"), amount("0"))), ReportEvents.of(rows, TUESDAY));
        assertEquals(List.of(), ReportEvents.of(rows, TUESDAY.plusDays(1)));
    }
}
