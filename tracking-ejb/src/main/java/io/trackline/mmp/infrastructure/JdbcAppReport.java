package io.trackline.mmp.infrastructure;

import io.trackline.mmp.api.AttributionSource;
import io.trackline.mmp.domain.AppReportFigures;
import io.trackline.platform.infrastructure.JdbcQuery;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The report's figures per UTC day, from the app's daily totals (summed over their shards) on keys that
 * start with the app and the day.
 */
@ApplicationScoped
public class JdbcAppReport implements AppReportFigures {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public List<ClickRow> clicks(long appId, LocalDate from, LocalDate to) {
        return query("SELECT stats_day, publisher, campaign, SUM(clicks) FROM mmp_daily_traffic"
                + " WHERE app_id = ? AND stats_day BETWEEN ? AND ? GROUP BY stats_day, publisher, campaign"
                + " HAVING SUM(clicks) > 0", appId, from, to,
                row -> new ClickRow(day(row), orNull(row, 2), orNull(row, 3), row.getLong(4)));
    }

    /** Users attributed per day, source, publisher and campaign; one row per source with users. */
    @Override
    public List<UserRow> attributedUsers(long appId, LocalDate from, LocalDate to) {
        List<List<UserRow>> grouped = query("SELECT stats_day, publisher, campaign, SUM(click_users),"
                + " SUM(fingerprint_users), SUM(organic_users) FROM mmp_daily_traffic"
                + " WHERE app_id = ? AND stats_day BETWEEN ? AND ? GROUP BY stats_day, publisher, campaign",
                appId, from, to, row -> {
                    List<UserRow> bySource = new ArrayList<>(3);
                    String[] sources = {AttributionSource.CLICK.wireName(), AttributionSource.FINGERPRINT.wireName(),
                        AttributionSource.ORGANIC.wireName()};
                    for (int i = 0; i < sources.length; i++) {
                        long users = row.getLong(4 + i);
                        if (users > 0) {
                            bySource.add(new UserRow(day(row), sources[i], orNull(row, 2), orNull(row, 3), users));
                        }
                    }
                    return bySource;
                });
        return grouped.stream().flatMap(List::stream).toList();
    }

    /** Counted events per day and mapping id with their revenue and aggregated value; duplicates apart. */
    @Override
    public List<EventRow> events(long appId, LocalDate from, LocalDate to) {
        List<List<EventRow>> grouped = query("SELECT stats_day, mapping_id, SUM(events), SUM(duplicates),"
                + " SUM(revenue), SUM(aggregated_value) FROM mmp_daily_events"
                + " WHERE app_id = ? AND stats_day BETWEEN ? AND ? GROUP BY stats_day, mapping_id", appId, from, to,
                row -> {
                    List<EventRow> rows = new ArrayList<>(2);
                    if (row.getLong(3) > 0) {
                        rows.add(new EventRow(day(row), row.getString(2), true, row.getLong(3), row.getBigDecimal(5),
                                row.getBigDecimal(6)));
                    }
                    if (row.getLong(4) > 0) {
                        rows.add(new EventRow(day(row), row.getString(2), false, row.getLong(4), null, null));
                    }
                    return rows;
                });
        return grouped.stream().flatMap(List::stream).toList();
    }

    /** Counted amounts that had no rate to the app's currency when they came in. */
    @Override
    public List<UnconvertedRow> unconvertedRevenue(long appId, LocalDate from, LocalDate to) {
        return query("SELECT stats_day, unconverted, SUM(unconverted_amount) FROM mmp_daily_events WHERE app_id = ?"
                + " AND stats_day BETWEEN ? AND ? AND unconverted <> '' GROUP BY stats_day, unconverted", appId, from, to,
                row -> new UnconvertedRow(day(row), row.getString(2), row.getBigDecimal(3)));
    }

    /** The changes of the app's active users per window up to the day, oldest first (see ActiveWindows). */
    @Override
    public List<ActiveChange> activeChanges(long appId, LocalDate to) {
        return JdbcQuery.list(dataSource, "SELECT window_days, change_day, users_delta FROM mmp_active_change"
                + " WHERE app_id = ? AND change_day <= ? ORDER BY change_day", row -> new ActiveChange(row.getInt(1),
                row.getDate(2).toLocalDate(), row.getLong(3)), appId, Date.valueOf(to));
    }

    private <T> List<T> query(String sql, long appId, LocalDate from, LocalDate to,
                              JdbcQuery.RowMapper<T> mapper) {
        return JdbcQuery.list(dataSource, sql, mapper, appId, Date.valueOf(from), Date.valueOf(to));
    }

    /** A publisher or campaign as the totals store "none", back to null. */
    private static String orNull(ResultSet row, int column) throws SQLException {
        String value = row.getString(column);
        return value == null || value.isEmpty() ? null : value;
    }

    private static LocalDate day(ResultSet row) throws SQLException {
        return row.getDate(1).toLocalDate();
    }
}
