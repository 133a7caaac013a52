package io.trackline.mmp.infrastructure;

import io.trackline.mmp.domain.ActiveWindows;
import io.trackline.platform.infrastructure.JdbcUpdate;
import io.trackline.platform.infrastructure.MultiRowInsert;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Adds to an app's daily totals in the writer's transaction (see the migration): traffic per publisher
 * and campaign, events per declared event, changes of active users. Traffic and event additions land on one of
 * {@value #TRAFFIC_SHARDS} (events: {@value #EVENT_SHARDS}) rows at random; rows are written in key order so
 * that concurrent writers lock alike.
 */
@ApplicationScoped
public class JdbcMmpStats {

    static final int TRAFFIC_SHARDS = 8;
    /** Few rows (an app's day and event), which most batches of the app touch. */
    static final int EVENT_SHARDS = 16;
    static final int USERS_PER_QUERY = 500;
    /** Publisher, campaign or currency "none", as the totals' keys store it. */
    static final String NONE = "";
    private static final String TRAFFIC = "INSERT INTO mmp_daily_traffic (app_id, stats_day, publisher, campaign,"
            + " shard, clicks, click_users, fingerprint_users, organic_users)";
    private static final String TRAFFIC_SUMS = " ON DUPLICATE KEY UPDATE clicks = clicks + VALUES(clicks),"
            + " click_users = click_users + VALUES(click_users),"
            + " fingerprint_users = fingerprint_users + VALUES(fingerprint_users),"
            + " organic_users = organic_users + VALUES(organic_users)";
    private static final String EVENTS = "INSERT INTO mmp_daily_events (app_id, stats_day, mapping_id, unconverted,"
            + " shard, events, duplicates, revenue, aggregated_value, unconverted_amount)";
    private static final String EVENT_SUMS = " ON DUPLICATE KEY UPDATE events = events + VALUES(events),"
            + " duplicates = duplicates + VALUES(duplicates), revenue = revenue + VALUES(revenue),"
            + " aggregated_value = aggregated_value + VALUES(aggregated_value),"
            + " unconverted_amount = unconverted_amount + VALUES(unconverted_amount)";

    /** A publisher's campaign on a day; {@code null} publisher or campaign: none. */
    public record TrafficKey(long appId, LocalDate day, String publisher, String campaign) {
    }

    public record Traffic(TrafficKey key, long clicks, long clickUsers, long fingerprintUsers, long organicUsers) {

        public Traffic plus(Traffic other) {
            return new Traffic(key, clicks + other.clicks, clickUsers + other.clickUsers,
                    fingerprintUsers + other.fingerprintUsers, organicUsers + other.organicUsers);
        }
    }

    /** A declared event on a day; {@code unconverted}: the currency of amounts that had no rate, else null. */
    public record EventKey(long appId, LocalDate day, String mappingId, String unconverted) {
    }

    public record Events(EventKey key, long events, long duplicates, BigDecimal revenue, BigDecimal aggregatedValue,
                         BigDecimal unconvertedAmount) {

        public Events plus(Events other) {
            return new Events(key, events + other.events, duplicates + other.duplicates, revenue.add(other.revenue),
                    aggregatedValue.add(other.aggregatedValue), unconvertedAmount.add(other.unconvertedAmount));
        }
    }

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    /** One click, on a connection joined to the caller's transaction. */
    public void addClick(long appId, LocalDate day, String publisher, String campaign) {
        JdbcUpdate.run(dataSource, TRAFFIC + " VALUES (?, ?, ?, ?, ?, 1, 0, 0, 0)" + TRAFFIC_SUMS, appId,
                Date.valueOf(day), orNone(publisher), orNone(campaign),
                ThreadLocalRandom.current().nextInt(TRAFFIC_SHARDS));
    }

    public void addTraffic(Connection connection, Collection<Traffic> deltas) throws SQLException {
        List<Traffic> rows = new ArrayList<>(deltas);
        rows.sort(Comparator.comparingLong((Traffic row) -> row.key().appId()).thenComparing(row -> row.key().day())
                .thenComparing(row -> orNone(row.key().publisher())).thenComparing(row -> orNone(row.key().campaign())));
        MultiRowInsert.run(connection, TRAFFIC, 9, rows, (statement, first, row) -> {
            statement.setLong(first, row.key().appId());
            statement.setDate(first + 1, Date.valueOf(row.key().day()));
            statement.setString(first + 2, orNone(row.key().publisher()));
            statement.setString(first + 3, orNone(row.key().campaign()));
            statement.setInt(first + 4, ThreadLocalRandom.current().nextInt(TRAFFIC_SHARDS));
            statement.setLong(first + 5, row.clicks());
            statement.setLong(first + 6, row.clickUsers());
            statement.setLong(first + 7, row.fingerprintUsers());
            statement.setLong(first + 8, row.organicUsers());
        }, TRAFFIC_SUMS);
    }

    public void addEvents(Connection connection, Collection<Events> deltas) throws SQLException {
        List<Events> rows = new ArrayList<>(deltas);
        rows.sort(Comparator.comparingLong((Events row) -> row.key().appId()).thenComparing(row -> row.key().day()).thenComparing(row -> row.key().mappingId())
                .thenComparing(row -> orNone(row.key().unconverted())));
        MultiRowInsert.run(connection, EVENTS, 10, rows, (statement, first, row) -> {
            statement.setLong(first, row.key().appId());
            statement.setDate(first + 1, Date.valueOf(row.key().day()));
            statement.setString(first + 2, row.key().mappingId());
            statement.setString(first + 3, orNone(row.key().unconverted()));
            statement.setInt(first + 4, ThreadLocalRandom.current().nextInt(EVENT_SHARDS));
            statement.setLong(first + 5, row.events());
            statement.setLong(first + 6, row.duplicates());
            statement.setBigDecimal(first + 7, row.revenue());
            statement.setBigDecimal(first + 8, row.aggregatedValue());
            statement.setBigDecimal(first + 9, row.unconvertedAmount());
        }, EVENT_SUMS);
    }

    /**
     * Adds each user's new session days to the app's active users (see {@link ActiveWindows}), reading the
     * user's session days around them, which the caller has just stored.
     */
    public void addSessionDays(Connection connection, long appId, Map<Long, List<LocalDate>> newDaysByUser)
            throws SQLException {
        Map<Long, NavigableSet<LocalDate>> existing = sessionDaysAround(connection, newDaysByUser);
        Map<ActiveWindows.Change, Long> changes = new HashMap<>();
        newDaysByUser.forEach((user, added) -> {
            NavigableSet<LocalDate> others = existing.getOrDefault(user, new TreeSet<>());
            others.removeAll(added);
            ActiveWindows.changes(others, added).forEach((change, delta) -> changes.merge(change, delta, Long::sum));
        });
        List<Map.Entry<ActiveWindows.Change, Long>> rows = new ArrayList<>(changes.entrySet());
        rows.sort(Comparator.comparingInt((Map.Entry<ActiveWindows.Change, Long> row) -> row.getKey().window())
                .thenComparing(row -> row.getKey().day()));
        MultiRowInsert.run(connection, "INSERT INTO mmp_active_change (app_id, window_days, change_day, users_delta)",
                4, rows, (statement, first, row) -> {
                    statement.setLong(first, appId);
                    statement.setInt(first + 1, row.getKey().window());
                    statement.setDate(first + 2, Date.valueOf(row.getKey().day()));
                    statement.setLong(first + 3, row.getValue());
                }, " ON DUPLICATE KEY UPDATE users_delta = users_delta + VALUES(users_delta)");
    }

    /** The users' session days within reach of their new ones, read a few hundred users at a time. */
    private static Map<Long, NavigableSet<LocalDate>> sessionDaysAround(Connection connection,
            Map<Long, List<LocalDate>> newDaysByUser) throws SQLException {
        List<LocalDate> all = newDaysByUser.values().stream().flatMap(List::stream).toList();
        LocalDate from = all.stream().min(LocalDate::compareTo).orElseThrow().minusDays(ActiveWindows.REACH_DAYS);
        LocalDate to = all.stream().max(LocalDate::compareTo).orElseThrow().plusDays(ActiveWindows.REACH_DAYS);
        List<Long> users = List.copyOf(newDaysByUser.keySet());
        Map<Long, NavigableSet<LocalDate>> days = new HashMap<>();
        for (int start = 0; start < users.size(); start += USERS_PER_QUERY) {
            List<Long> chunk = users.subList(start, Math.min(users.size(), start + USERS_PER_QUERY));
            try (PreparedStatement select = connection.prepareStatement("SELECT app_user_id, session_day"
                    + " FROM mmp_session_day WHERE app_user_id IN (" + "?, ".repeat(chunk.size() - 1) + "?)"
                    + " AND session_day BETWEEN ? AND ?")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i));
                }
                select.setDate(chunk.size() + 1, Date.valueOf(from));
                select.setDate(chunk.size() + 2, Date.valueOf(to));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        days.computeIfAbsent(rows.getLong(1), user -> new TreeSet<>())
                                .add(rows.getDate(2).toLocalDate());
                    }
                }
            }
        }
        return days;
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }
}
