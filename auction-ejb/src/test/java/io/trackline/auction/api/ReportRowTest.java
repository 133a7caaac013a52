package io.trackline.auction.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a report row derives from its totals: CTR, sales and ROAS, and nothing where nothing divides. */
class ReportRowTest {

    private static ReportRow row(long impressions, long clicks, String spend, String direct, String halo) {
        return ReportRow.of(LocalDate.of(2026, 12, 1), 1L, 2L, 3L, impressions, clicks, 0, new BigDecimal(spend), 0,
                BigDecimal.ZERO, 1, new BigDecimal(direct), 1, new BigDecimal(halo));
    }

    @Test
    void ctrIsClicksPerImpressionAndRoasIsSalesPerSpend() {
        ReportRow row = row(400, 6, "1.5000", "30.00", "4.50");

        assertEquals(new BigDecimal("0.0150"), row.ctr());
        assertEquals(new BigDecimal("34.50"), row.sales());
        assertEquals(new BigDecimal("23.00"), row.roas());
        assertEquals(new BigDecimal("1.50"), row.spend());
    }

    @Test
    void withoutImpressionsOrSpendThereIsNoRate() {
        ReportRow row = row(0, 0, "0", "0", "0");

        assertNull(row.ctr());
        assertNull(row.roas());
    }

    @Test
    void totalsAddUpAndStandForNothingInParticular() {
        ReportRow total = ReportRow.empty().plus(row(100, 1, "0.50", "10", "0")).plus(row(300, 5, "1.50", "0", "2"));

        assertEquals(400, total.impressions());
        assertEquals(6, total.clicks());
        assertEquals(new BigDecimal("0.0150"), total.ctr());
        assertEquals(new BigDecimal("6.00"), total.roas());
        assertNull(total.day());
        assertNull(total.adGroupId());
    }
}
