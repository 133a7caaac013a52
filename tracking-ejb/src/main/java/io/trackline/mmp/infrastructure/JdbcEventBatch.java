package io.trackline.mmp.infrastructure;

import io.trackline.mmp.domain.EventBatches;
import io.trackline.mmp.domain.KnownUser;
import io.trackline.mmp.domain.PendingEvent;
import io.trackline.mmp.domain.UserAttribution;
import io.trackline.platform.infrastructure.JdbcUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The writes of a batch of S2S events, each statement sent once for the whole batch, on the connection of
 * the caller's transaction: new users (the first insert of a user wins its attribution), the once-per-user
 * marks of non-repeatable events, the events, and the session days; and what each adds to the app's daily
 * totals.
 */
@ApplicationScoped
public class JdbcEventBatch implements EventBatches {

    @Inject
    private JdbcEventReads reads;

    @Inject
    private JdbcMmpStats stats;

    /**
     * Inserts the new users with their attributions (in the same order), unless a concurrent request did;
     * answers every new user as stored.
     */
    @Override
    public Map<UserKey, KnownUser> storeNewUsers(Connection connection, List<PendingEvent> fresh,
                                                 List<UserAttribution> attributions) throws SQLException {
        if (fresh.isEmpty()) {
            return Map.of();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO mmp_app_user (app_id,"
                + " user_id, source, click_id, publisher, campaign, attributed_at, attributed_day)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < fresh.size(); i++) {
                PendingEvent event = fresh.get(i);
                UserAttribution attribution = attributions.get(i);
                insert.setLong(1, event.appId());
                insert.setString(2, event.userId());
                insert.setString(3, attribution.source().wireName());
                setNullable(insert, 4, attribution.clickRowId());
                insert.setString(5, attribution.publisher());
                insert.setString(6, attribution.campaign());
                insert.setTimestamp(7, Timestamp.from(event.receivedAt()));
                insert.setDate(8, Date.valueOf(event.day()));
                insert.addBatch();
            }
            int[] inserted = JdbcUpdate.rowCounts(insert);
            Map<JdbcMmpStats.TrafficKey, JdbcMmpStats.Traffic> traffic = new HashMap<>();
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i] != 0) {
                    JdbcMmpStats.Traffic user = attributed(fresh.get(i), attributions.get(i));
                    traffic.merge(user.key(), user, JdbcMmpStats.Traffic::plus);
                }
            }
            stats.addTraffic(connection, traffic.values());
        }
        Map<Long, Set<String>> userIdsByApp = fresh.stream().collect(Collectors.groupingBy(PendingEvent::appId,
                Collectors.mapping(PendingEvent::userId, Collectors.toSet())));
        Map<UserKey, KnownUser> stored = new HashMap<>();
        for (Map.Entry<Long, Set<String>> app : userIdsByApp.entrySet()) {
            reads.users(connection, app.getKey(), app.getValue())
                    .forEach((userId, user) -> stored.put(new UserKey(app.getKey(), userId), user));
        }
        return stored;
    }

    /** Marks each non-repeatable event done by its user; {@code true} where it was done before (a duplicate). */
    @Override
    public boolean[] markDoneOnce(Connection connection, List<PendingEvent> events, long[] userIds)
            throws SQLException {
        boolean[] duplicate = new boolean[events.size()];
        if (events.isEmpty()) {
            return duplicate;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT IGNORE INTO mmp_event_once (app_user_id, mapping_id) VALUES (?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                insert.setLong(1, userIds[i]);
                insert.setString(2, events.get(i).command().eventId());
                insert.addBatch();
            }
            int[] inserted = JdbcUpdate.rowCounts(insert);
            for (int i = 0; i < inserted.length; i++) {
                duplicate[i] = inserted[i] == 0;
            }
        }
        return duplicate;
    }

    @Override
    public void insertEvents(Connection connection, List<PendingEvent> events, long[] userIds, boolean[] duplicate)
            throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mmp_event (public_id, app_id,"
                + " app_user_id, mapping_id, counted, amount, currency, revenue, aggregated_value, event_value,"
                + " idempotency_key, request_hash, received_at, event_day)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                PendingEvent event = events.get(i);
                var command = event.command();
                insert.setString(1, event.publicId());
                insert.setLong(2, event.appId());
                insert.setLong(3, userIds[i]);
                insert.setString(4, command.eventId());
                insert.setBoolean(5, !duplicate[i]);
                insert.setBigDecimal(6, command.amount());
                insert.setString(7, command.amount() == null ? null : command.currency());
                insert.setBigDecimal(8, event.revenue());
                insert.setBigDecimal(9, command.aggregatedValue());
                insert.setString(10, command.eventValue());
                insert.setString(11, command.idempotencyKey());
                insert.setString(12, command.requestHash());
                insert.setTimestamp(13, Timestamp.from(event.receivedAt()));
                insert.setDate(14, Date.valueOf(event.day()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<JdbcMmpStats.EventKey, JdbcMmpStats.Events> totals = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            JdbcMmpStats.Events event = counted(events.get(i), duplicate[i]);
            totals.merge(event.key(), event, JdbcMmpStats.Events::plus);
        }
        stats.addEvents(connection, totals.values());
    }

    /** Records the day of each session for its user; a second session on a day changes nothing. */
    @Override
    public void recordSessionDays(Connection connection, List<PendingEvent> sessions, long[] userIds)
            throws SQLException {
        if (sessions.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT IGNORE INTO mmp_session_day (app_id, session_day, app_user_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < sessions.size(); i++) {
                insert.setLong(1, sessions.get(i).appId());
                insert.setDate(2, Date.valueOf(sessions.get(i).day()));
                insert.setLong(3, userIds[i]);
                insert.addBatch();
            }
            int[] inserted = JdbcUpdate.rowCounts(insert);
            Map<Long, Map<Long, List<LocalDate>>> newDays = new HashMap<>();
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i] != 0) {
                    newDays.computeIfAbsent(sessions.get(i).appId(), app -> new HashMap<>())
                            .computeIfAbsent(userIds[i], user -> new ArrayList<>()).add(sessions.get(i).day());
                }
            }
            for (Map.Entry<Long, Map<Long, List<LocalDate>>> app : newDays.entrySet()) {
                stats.addSessionDays(connection, app.getKey(), app.getValue());
            }
        }
    }

    private static JdbcMmpStats.Traffic attributed(PendingEvent event, UserAttribution attribution) {
        JdbcMmpStats.TrafficKey key = new JdbcMmpStats.TrafficKey(event.appId(), event.day(), attribution.publisher(),
                attribution.campaign());
        return switch (attribution.source()) {
            case CLICK -> new JdbcMmpStats.Traffic(key, 0, 1, 0, 0);
            case FINGERPRINT -> new JdbcMmpStats.Traffic(key, 0, 0, 1, 0);
            case ORGANIC -> new JdbcMmpStats.Traffic(key, 0, 0, 0, 1);
        };
    }

    /** A counted event adds its revenue (or, without a rate, its amount in its currency); a duplicate itself. */
    private static JdbcMmpStats.Events counted(PendingEvent event, boolean duplicate) {
        var command = event.command();
        boolean unconverted = !duplicate && command.amount() != null && event.revenue() == null;
        JdbcMmpStats.EventKey key = new JdbcMmpStats.EventKey(event.appId(), event.day(), command.eventId(),
                unconverted ? command.currency() : null);
        if (duplicate) {
            return new JdbcMmpStats.Events(key, 0, 1, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        return new JdbcMmpStats.Events(key, 1, 0, orZero(event.revenue()), orZero(command.aggregatedValue()),
                unconverted ? command.amount() : BigDecimal.ZERO);
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static void setNullable(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
