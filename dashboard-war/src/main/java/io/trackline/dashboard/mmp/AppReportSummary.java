package io.trackline.dashboard.mmp;

import io.trackline.mmp.api.AppReport;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An app report's days summed over the range, as its tables and the overview show them: per publisher and
 * campaign (of one campaign, when the page filters by it), per declared event, users by how they were
 * attributed, and the active users of the range's last day.
 */
public record AppReportSummary(List<AppReport.Publisher> publishers, List<AppReport.Event> events,
                               AppReport.AttributedUsers users, long clicks, BigDecimal revenue,
                               List<String> campaigns, AppReport.ActiveUsers lastDayActive) {

    private record PublisherKey(String publisher, String campaign) {
    }

    /** @param campaign the campaign to keep publishers of; {@code null}: every campaign */
    public static AppReportSummary of(AppReport report, String campaign) {
        Map<PublisherKey, AppReport.Publisher> publishers = new TreeMap<>(Comparator
                .comparing((PublisherKey key) -> String.valueOf(key.publisher()))
                .thenComparing(key -> String.valueOf(key.campaign())));
        Map<String, AppReport.Event> events = new TreeMap<>();
        TreeSet<String> campaigns = new TreeSet<>();
        long click = 0;
        long fingerprint = 0;
        long organic = 0;
        long clicks = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        for (AppReport.Day day : report.days()) {
            for (AppReport.Publisher row : day.publishers()) {
                if (row.campaign() != null) {
                    campaigns.add(row.campaign());
                }
                if (campaign == null || campaign.equals(row.campaign())) {
                    publishers.merge(new PublisherKey(row.publisher(), row.campaign()), row, AppReportSummary::plus);
                }
            }
            for (AppReport.Event row : day.events()) {
                events.merge(row.eventId(), row, AppReportSummary::plus);
            }
            click += day.attributedUsers().click();
            fingerprint += day.attributedUsers().fingerprint();
            organic += day.attributedUsers().organic();
            clicks += day.clicks();
            revenue = revenue.add(day.revenue());
        }
        AppReport.ActiveUsers lastDay = report.days().isEmpty() ? new AppReport.ActiveUsers(0, 0, 0)
                : report.days().get(report.days().size() - 1).activeUsers();
        return new AppReportSummary(List.copyOf(publishers.values()), List.copyOf(events.values()),
                new AppReport.AttributedUsers(click, fingerprint, organic), clicks, revenue, List.copyOf(campaigns),
                lastDay);
    }

    private static AppReport.Publisher plus(AppReport.Publisher a, AppReport.Publisher b) {
        return new AppReport.Publisher(a.publisher(), a.campaign(), a.clicks() + b.clicks(),
                a.clickUsers() + b.clickUsers(), a.fingerprintUsers() + b.fingerprintUsers());
    }

    private static AppReport.Event plus(AppReport.Event a, AppReport.Event b) {
        return new AppReport.Event(a.eventId(), a.count() + b.count(), a.duplicates() + b.duplicates(),
                a.revenue().add(b.revenue()), a.aggregatedValue().add(b.aggregatedValue()));
    }

    public long attributedUsers() {
        return users.total();
    }
}
