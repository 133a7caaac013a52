package io.trackline.influencer.infrastructure;

import io.trackline.influencer.domain.NotCountedReason;
import io.trackline.influencer.domain.Postbacks;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.StoreFailures;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The reads of stored postbacks, in the caller's transaction. */
@ApplicationScoped
public class JdbcPostbacks implements Postbacks {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public Optional<StoredPostback> findByIdempotencyKey(long customerId, String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT public_id, counted,"
                     + " not_counted_reason, request_hash FROM postback"
                     + " WHERE customer_id = ? AND idempotency_key = ?")) {
            select.setQueryTimeout(StoreFailures.LOOKUP_TIMEOUT_SECONDS);
            select.setLong(1, customerId);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String reason = row.getString(3);
                return Optional.of(new StoredPostback(row.getString(1), row.getBoolean(2),
                        reason == null ? null : NotCountedReason.valueOf(reason), row.getString(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The postback under an idempotency key could not be read", e);
        }
    }

    @Override
    public long lastSequence(long productId, long influencerId) {
        return JdbcQuery.one(dataSource, "SELECT last_sequence FROM widget_sequence"
                + " WHERE product_id = ? AND influencer_id = ?", row -> row.getLong(1),
                productId, influencerId).orElse(0L);
    }

    @Override
    public List<CountedPostback> countedAfter(long productId, long influencerId, long sequence, int limit) {
        return JdbcQuery.list(dataSource, "SELECT p.widget_sequence, p.event_type, p.event_name, c.name"
                + " FROM postback p LEFT JOIN campaign c ON c.id = p.campaign_id"
                + " WHERE p.product_id = ? AND p.influencer_id = ? AND p.widget_sequence > ?"
                + " ORDER BY p.widget_sequence LIMIT ?", row -> new CountedPostback(row.getLong(1),
                row.getString(2), row.getString(3), row.getString(4)), productId, influencerId, sequence, limit);
    }
}
