package io.trackline.mmp.application;

import io.trackline.mmp.api.AppRef;
import io.trackline.mmp.api.AppReport;
import io.trackline.mmp.api.AttributionSource;
import io.trackline.mmp.domain.EventDefinition;
import io.trackline.mmp.infrastructure.JdbcAppReport;
import io.trackline.mmp.infrastructure.JdbcAppReport.ClickRow;
import io.trackline.mmp.infrastructure.JdbcAppReport.EventRow;
import io.trackline.mmp.infrastructure.JdbcAppReport.UnconvertedRow;
import io.trackline.mmp.infrastructure.JdbcAppReport.UserRow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An app's report per UTC day: clicks; users attributed by source and by publisher and campaign; events by
 * type with revenue and aggregated values; sessions and active users.
 */
@Stateless
public class ReportService {

    /** The longest range one report covers. */
    public static final int MAX_DAYS = 31;

    @Inject
    private JdbcAppReport figures;

    public AppReport report(AppRef app, LocalDate from, LocalDate to) {
        List<ClickRow> clicks = figures.clicks(app.id(), from, to);
        List<UserRow> users = figures.attributedUsers(app.id(), from, to);
        List<EventRow> events = figures.events(app.id(), from, to);
        List<UnconvertedRow> unconverted = figures.unconvertedRevenue(app.id(), from, to);
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
                    activeUsers(app, day)));
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

    private AppReport.ActiveUsers activeUsers(AppRef app, LocalDate day) {
        return new AppReport.ActiveUsers(figures.activeUsers(app.id(), day, day),
                figures.activeUsers(app.id(), day.minusDays(6), day),
                figures.activeUsers(app.id(), day.minusDays(29), day));
    }
}
