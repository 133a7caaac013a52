package io.trackline.mmp.application;

import io.trackline.mmp.api.AppReport;
import io.trackline.mmp.api.AttributionSource;
import io.trackline.mmp.infrastructure.JdbcAppReport.ClickRow;
import io.trackline.mmp.infrastructure.JdbcAppReport.UserRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A day's clicks and the users they brought, per publisher and campaign, busiest first. */
final class ReportPublishers {

    private record Source(String publisher, String campaign) {
    }

    private ReportPublishers() {
    }

    static List<AppReport.Publisher> of(List<ClickRow> clicks, List<UserRow> users, LocalDate day) {
        Set<Source> sources = new LinkedHashSet<>();
        clicks.stream().filter(row -> row.day().equals(day))
                .forEach(row -> sources.add(new Source(row.publisher(), row.campaign())));
        users.stream().filter(row -> row.day().equals(day) && !row.source().equals(organic()))
                .forEach(row -> sources.add(new Source(row.publisher(), row.campaign())));
        List<AppReport.Publisher> publishers = new ArrayList<>();
        for (Source source : sources) {
            long clickCount = clicks.stream().filter(row -> row.day().equals(day) && matches(source, row.publisher(),
                    row.campaign())).mapToLong(ClickRow::clicks).sum();
            publishers.add(new AppReport.Publisher(source.publisher(), source.campaign(), clickCount,
                    users(users, day, source, AttributionSource.CLICK),
                    users(users, day, source, AttributionSource.FINGERPRINT)));
        }
        publishers.sort(Comparator.comparingLong(AppReport.Publisher::clicks).reversed());
        return publishers;
    }

    private static long users(List<UserRow> users, LocalDate day, Source source, AttributionSource how) {
        return users.stream().filter(row -> row.day().equals(day) && row.source().equals(how.wireName())
                && matches(source, row.publisher(), row.campaign())).mapToLong(UserRow::users).sum();
    }

    private static boolean matches(Source source, String publisher, String campaign) {
        return Objects.equals(source.publisher(), publisher) && Objects.equals(source.campaign(), campaign);
    }

    private static String organic() {
        return AttributionSource.ORGANIC.wireName();
    }
}
