package io.trackline.dashboard.retail;

import io.trackline.auction.api.ReportRow;
import io.trackline.dashboard.web.DailyChart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A retail report's days: impressions and clicks as lines on their own axes, spend and attributed sales as bars. */
final class ReportChart {

    private ReportChart() {
    }

    /** @param days one row a day (a report of level retailer, daily) */
    static String of(LocalDate from, LocalDate to, List<ReportRow> days) {
        Map<LocalDate, ReportRow> byDay = new HashMap<>();
        days.forEach(row -> byDay.put(row.day(), row));
        return DailyChart.over(from, to)
                .axis("counts", "left", "Impressions").axis("clicks", "right", "Clicks")
                .amountAxis("money", "right", "Amount")
                .series("Impressions", "line", "counts", "#4f46e5", byDay, row -> BigDecimal.valueOf(row.impressions()))
                .series("Clicks", "line", "clicks", "#0ea5e9", byDay, row -> BigDecimal.valueOf(row.clicks()))
                .series("Spend", "bar", "money", "#f59e0b", byDay, ReportRow::spend)
                .series("Attributed sales", "bar", "money", "#10b981", byDay, ReportRow::sales)
                .toJson();
    }
}
