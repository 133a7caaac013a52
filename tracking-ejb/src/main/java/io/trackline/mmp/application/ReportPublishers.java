package io.trackline.mmp.application;

import io.trackline.mmp.api.AppReport;
import io.trackline.mmp.api.AttributionSource;
import io.trackline.mmp.domain.AppReportFigures.ClickRow;
import io.trackline.mmp.domain.AppReportFigures.UserRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A day's clicks and the users they brought, per publisher and campaign, busiest first. */
final class ReportPublishers {

    private record Source(String publisher, String campaign) {
    }

    private ReportPublishers() {
    }

    /** In one pass over the rows, whatever their number: sources in order of first sight, then busiest first. */
    static List<AppReport.Publisher> of(List<ClickRow> clicks, List<UserRow> users, LocalDate day) {
        Map<Source, long[]> counts = new LinkedHashMap<>();
        for (ClickRow row : clicks) {
            if (row.day().equals(day)) {
                counts.computeIfAbsent(new Source(row.publisher(), row.campaign()), source -> new long[3])[0]
                        += row.clicks();
            }
        }
        for (UserRow row : users) {
            if (row.day().equals(day) && !row.source().equals(organic())) {
                int column = row.source().equals(AttributionSource.CLICK.wireName()) ? 1 : 2;
                counts.computeIfAbsent(new Source(row.publisher(), row.campaign()), source -> new long[3])[column]
                        += row.users();
            }
        }
        List<AppReport.Publisher> publishers = new ArrayList<>(counts.size());
        counts.forEach((source, count) -> publishers.add(new AppReport.Publisher(source.publisher(),
                source.campaign(), count[0], count[1], count[2])));
        publishers.sort(Comparator.comparingLong(AppReport.Publisher::clicks).reversed());
        return publishers;
    }

    private static String organic() {
        return AttributionSource.ORGANIC.wireName();
    }
}
