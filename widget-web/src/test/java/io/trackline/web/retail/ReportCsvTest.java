package io.trackline.web.retail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.auction.api.ReportRow;
import io.trackline.auction.api.RetailReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report as CSV: a header, a line per row with empty cells for what the row does not stand for, totals last. */
class ReportCsvTest {

    @Test
    void rowsThenTotals() {
        ReportRow row = ReportRow.of(LocalDate.of(2026, 12, 1), 3L, 7L, null, 200, 4, 1, new BigDecimal("0.4000"), 2,
                new BigDecimal("9.98"), 1, new BigDecimal("4.99"), 0, BigDecimal.ZERO);
        RetailReport report = new RetailReport(11, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), "campaign",
                true, List.of(row), ReportRow.empty().plus(row));

        assertEquals("day,advertiser_id,campaign_id,ad_group_id,impressions,clicks,invalid_clicks,ctr,spend,"
                + "add_to_carts,add_to_cart_value,direct_units,direct_sales,halo_units,halo_sales,sales,roas\r\n"
                + "2026-12-01,3,7,,200,4,1,0.0200,0.40,2,9.98,1,4.99,0,0,4.99,12.48\r\n"
                + "total,,,,200,4,1,0.0200,0.40,2,9.98,1,4.99,0,0,4.99,12.48\r\n", ReportCsv.of(report));
    }

    @Test
    void aNegativeAmountStaysANumberForTheSpreadsheet() {
        ReportRow row = ReportRow.of(LocalDate.of(2026, 12, 1), 3L, 7L, null, 200, 4, 1, new BigDecimal("-0.4000"),
                0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);
        RetailReport report = new RetailReport(11, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), "campaign",
                true, List.of(row), ReportRow.empty().plus(row));

        String csv = ReportCsv.of(report);

        assertTrue(csv.contains(",-0.40,"), csv);
        assertFalse(csv.contains("'"), csv);
    }
}
