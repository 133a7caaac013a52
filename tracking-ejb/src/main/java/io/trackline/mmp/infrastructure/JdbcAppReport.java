package io.trackline.mmp.infrastructure;

import io.trackline.platform.infrastructure.JdbcQuery;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * The report's figures, grouped by UTC day straight from the stored rows, each query on an index that
 * starts with the app and the day.
 */
@ApplicationScoped
@Transactional
public class JdbcAppReport {

    public record ClickRow(LocalDate day, String publisher, String campaign, long clicks) {
    }

    public record UserRow(LocalDate day, String source, String publisher, String campaign, long users) {
    }

    public record EventRow(LocalDate day, String mappingId, boolean counted, long events, BigDecimal revenue,
                           BigDecimal aggregatedValue) {
    }

    public record UnconvertedRow(LocalDate day, String currency, BigDecimal amount) {
    }

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    public List<ClickRow> clicks(long appId, LocalDate from, LocalDate to) {
        return query("SELECT click_day, publisher, campaign, COUNT(*) FROM mmp_click"
                + " WHERE app_id = ? AND click_day BETWEEN ? AND ? GROUP BY click_day, publisher, campaign",
                appId, from, to, row -> new ClickRow(day(row), row.getString(2), row.getString(3), row.getLong(4)));
    }

    public List<UserRow> attributedUsers(long appId, LocalDate from, LocalDate to) {
        return query("SELECT attributed_day, source, publisher, campaign, COUNT(*) FROM mmp_app_user"
                + " WHERE app_id = ? AND attributed_day BETWEEN ? AND ?"
                + " GROUP BY attributed_day, source, publisher, campaign", appId, from, to,
                row -> new UserRow(day(row), row.getString(2), row.getString(3), row.getString(4), row.getLong(5)));
    }

    public List<EventRow> events(long appId, LocalDate from, LocalDate to) {
        return query("SELECT event_day, mapping_id, counted, COUNT(*), SUM(revenue), SUM(aggregated_value)"
                + " FROM mmp_event WHERE app_id = ? AND event_day BETWEEN ? AND ?"
                + " GROUP BY event_day, mapping_id, counted", appId, from, to,
                row -> new EventRow(day(row), row.getString(2), row.getBoolean(3), row.getLong(4),
                        row.getBigDecimal(5), row.getBigDecimal(6)));
    }

    /** Counted amounts that had no rate to the app's currency when they came in. */
    public List<UnconvertedRow> unconvertedRevenue(long appId, LocalDate from, LocalDate to) {
        return query("SELECT event_day, currency, SUM(amount) FROM mmp_event WHERE app_id = ?"
                + " AND event_day BETWEEN ? AND ? AND counted AND amount IS NOT NULL AND revenue IS NULL"
                + " GROUP BY event_day, currency", appId, from, to,
                row -> new UnconvertedRow(day(row), row.getString(2), row.getBigDecimal(3)));
    }

    /** Distinct users with a session between the two days, both included. */
    public long activeUsers(long appId, LocalDate from, LocalDate to) {
        return query("SELECT COUNT(DISTINCT app_user_id) FROM mmp_session_day"
                + " WHERE app_id = ? AND session_day BETWEEN ? AND ?", appId, from, to, row -> row.getLong(1)).get(0);
    }

    private <T> List<T> query(String sql, long appId, LocalDate from, LocalDate to,
                              JdbcQuery.RowMapper<T> mapper) {
        return JdbcQuery.list(dataSource, sql, mapper, appId, Date.valueOf(from), Date.valueOf(to));
    }

    private static LocalDate day(ResultSet row) throws SQLException {
        return row.getDate(1).toLocalDate();
    }
}
