package io.trackline.mmp.application;

import io.trackline.mmp.api.AppReport;
import io.trackline.mmp.domain.AppReportFigures.EventRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A day's events per mapping id: counted, duplicates, and the counted ones' revenue and aggregated value. */
final class ReportEvents {

    private ReportEvents() {
    }

    static List<AppReport.Event> of(List<EventRow> events, LocalDate day) {
        Map<String, AppReport.Event> byMappingId = new TreeMap<>();
        for (EventRow row : events) {
            if (!row.day().equals(day)) {
                continue;
            }
            AppReport.Event sum = byMappingId.getOrDefault(row.mappingId(),
                    new AppReport.Event(row.mappingId(), 0, 0, BigDecimal.ZERO, BigDecimal.ZERO));
            byMappingId.put(row.mappingId(), row.counted()
                    ? new AppReport.Event(row.mappingId(), sum.count() + row.events(), sum.duplicates(),
                            Amounts.sum(sum.revenue(), row.revenue()),
                            Amounts.sum(sum.aggregatedValue(), row.aggregatedValue()))
                    : new AppReport.Event(row.mappingId(), sum.count(), sum.duplicates() + row.events(),
                            sum.revenue(), sum.aggregatedValue()));
        }
        return byMappingId.values().stream().map(event -> new AppReport.Event(event.eventId(), event.count(),
                event.duplicates(), Amounts.plain(event.revenue()), Amounts.plain(event.aggregatedValue()))).toList();
    }
}
