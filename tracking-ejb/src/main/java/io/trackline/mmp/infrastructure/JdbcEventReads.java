package io.trackline.mmp.infrastructure;

import io.trackline.mmp.api.Attribution;
import io.trackline.mmp.api.EventReceipt;
import io.trackline.mmp.domain.KnownUser;
import io.trackline.mmp.domain.StoredEvents;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.StoreFailures;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The reads on the event path: stored users with their attribution, and the event stored under an
 * idempotency key. Each runs in the caller's transaction.
 */
@ApplicationScoped
public class JdbcEventReads implements StoredEvents {

    private static final String USER_COLUMNS = "u.id, u.user_id, u.source, c.public_id, u.publisher, u.campaign";
    private static final String USER_JOIN = " FROM mmp_app_user u LEFT JOIN mmp_click c ON c.id = u.click_id";

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    /** The stored users among {@code userIds}, by user id. */
    @Override
    public Map<String, KnownUser> users(Connection connection, long appId, Collection<String> userIds)
            throws SQLException {
        String placeholders = JdbcQuery.placeholders(userIds.size());
        Map<String, KnownUser> users = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + USER_COLUMNS + USER_JOIN
                + " WHERE u.app_id = ? AND u.user_id IN (" + placeholders + ")")) {
            select.setLong(1, appId);
            int index = 2;
            for (String userId : userIds) {
                select.setString(index++, userId);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    users.put(rows.getString(2), new KnownUser(rows.getLong(1), attribution(rows, 3)));
                }
            }
        }
        return users;
    }

    @Override
    public Optional<StoredEvent> eventUnderKey(long appId, String idempotencyKey) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT e.request_hash, e.public_id,"
                     + " e.mapping_id, e.counted, " + USER_COLUMNS + " FROM mmp_event e"
                     + " JOIN mmp_app_user u ON u.id = e.app_user_id LEFT JOIN mmp_click c ON c.id = u.click_id"
                     + " WHERE e.app_id = ? AND e.idempotency_key = ?")) {
            select.setQueryTimeout(StoreFailures.LOOKUP_TIMEOUT_SECONDS);
            select.setLong(1, appId);
            select.setString(2, idempotencyKey);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                EventReceipt receipt = new EventReceipt(rows.getString(2), rows.getString(6), rows.getString(3),
                        !rows.getBoolean(4), attribution(rows, 7));
                return Optional.of(new StoredEvent(rows.getString(1), receipt));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The event under an idempotency key could not be read", e);
        }
    }

    /** The attribution in the four columns from {@code first}: source, click id, publisher, campaign. */
    private static Attribution attribution(ResultSet rows, int first) throws SQLException {
        return new Attribution(rows.getString(first), rows.getString(first + 1), rows.getString(first + 2),
                rows.getString(first + 3));
    }
}
