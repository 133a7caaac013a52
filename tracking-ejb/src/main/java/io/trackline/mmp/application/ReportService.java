package io.trackline.mmp.application;

import io.trackline.mmp.api.AppRef;
import io.trackline.mmp.api.AppReport;
import io.trackline.mmp.api.AppReports;
import io.trackline.mmp.api.AttributionSource;
import io.trackline.mmp.domain.AppReportFigures;
import io.trackline.mmp.domain.AppReportFigures.ActiveChange;
import io.trackline.mmp.domain.AppReportFigures.ClickRow;
import io.trackline.mmp.domain.AppReportFigures.EventRow;
import io.trackline.mmp.domain.AppReportFigures.UnconvertedRow;
import io.trackline.mmp.domain.AppReportFigures.UserRow;
import io.trackline.mmp.domain.EventDefinition;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An app's report per UTC day: clicks; users attributed by source and by publisher and campaign; events by
 * type with revenue and aggregated values; sessions and active users.
 */
@Stateless
@LocalBean
@Local(AppReports.class)
public class ReportService implements AppReports {

    @Inject
    private AppReportFigures figures;

    public AppReport report(AppRef app, LocalDate from, LocalDate to) {
        List<ClickRow> clicks = figures.clicks(app.id(), from, to);
        List<UserRow> users = figures.attributedUsers(app.id(), from, to);
        List<EventRow> events = figures.events(app.id(), from, to);
        List<UnconvertedRow> unconverted = figures.unconvertedRevenue(app.id(), from, to);
        Map<LocalDate, AppReport.ActiveUsers> active = activeUsers(figures.activeChanges(app.id(), to), from, to);
        List<AppReport.Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate current = day;
            days.add(new AppReport.Day(day,
                    clicks.stream().filter(row -> row.day().equals(current)).mapToLong(ClickRow::clicks).sum(),
                    attributedUsers(users, day),
                    ReportPublishers.of(clicks, users, day),
                    ReportEvents.of(events, day),
                    Amounts.plain(events.stream().filter(row -> row.day().equals(current) && row.counted())
                            .map(EventRow::revenue).reduce(BigDecimal.ZERO, Amounts::sum)),
                    unconverted.stream().filter(row -> row.day().equals(current))
                            .map(row -> new AppReport.Money(row.currency(), Amounts.plain(row.amount()))).toList(),
                    events.stream().filter(row -> row.day().equals(current) && row.counted()
                            && EventDefinition.SESSION.equals(row.mappingId())).mapToLong(EventRow::events).sum(),
                    active.get(day)));
        }
        return new AppReport(app.code(), app.currency(), from, to, days);
    }

    private static AppReport.AttributedUsers attributedUsers(List<UserRow> users, LocalDate day) {
        return new AppReport.AttributedUsers(users(users, day, AttributionSource.CLICK),
                users(users, day, AttributionSource.FINGERPRINT), users(users, day, AttributionSource.ORGANIC));
    }

    private static long users(List<UserRow> users, LocalDate day, AttributionSource source) {
        return users.stream().filter(row -> row.day().equals(day) && row.source().equals(source.wireName()))
                .mapToLong(UserRow::users).sum();
    }

    /** Each day's active users: per window, the sum of its changes up to the day. */
    static Map<LocalDate, AppReport.ActiveUsers> activeUsers(List<ActiveChange> changes, LocalDate from,
                                                             LocalDate to) {
        Map<Integer, Long> running = new HashMap<>();
        Map<LocalDate, AppReport.ActiveUsers> byDay = new HashMap<>();
        int next = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            while (next < changes.size() && !changes.get(next).day().isAfter(day)) {
                running.merge(changes.get(next).window(), changes.get(next).users(), Long::sum);
                next++;
            }
            byDay.put(day, new AppReport.ActiveUsers(running.getOrDefault(1, 0L), running.getOrDefault(7, 0L),
                    running.getOrDefault(30, 0L)));
        }
        return byDay;
    }
}
