package io.trackline.influencer.infrastructure;

import io.trackline.influencer.domain.ReferenceRows;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.JdbcUpdate;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Influencers, campaigns and event types, created with {@code INSERT IGNORE} in the caller's transaction
 * ({@code ReferenceCreation} gives each creation one of its own), and read back by their natural key.
 */
@ApplicationScoped
public class JdbcReferenceRows implements ReferenceRows {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public long influencerId(long customerId, String code) {
        JdbcUpdate.run(dataSource, "INSERT IGNORE INTO influencer (customer_id, code, created_at) VALUES (?, ?, ?)",
                customerId, code, now());
        return existingInfluencerId(customerId, code).orElseThrow();
    }

    @Override
    public long campaignId(long customerId, String name) {
        JdbcUpdate.run(dataSource, "INSERT IGNORE INTO campaign (customer_id, name, created_at) VALUES (?, ?, ?)",
                customerId, name, now());
        return existingCampaignId(customerId, name).orElseThrow();
    }

    @Override
    public void eventType(long productId, String code, String displayName) {
        JdbcUpdate.run(dataSource, "INSERT IGNORE INTO event_type (product_id, code, display_name, created_at)"
                + " VALUES (?, ?, ?, ?)", productId, code, displayName, now());
    }

    @Override
    public List<EventTypeName> eventTypes(long productId) {
        return JdbcQuery.list(dataSource, "SELECT code, display_name FROM event_type WHERE product_id = ?"
                + " ORDER BY id", row -> new EventTypeName(row.getString(1), row.getString(2)), productId);
    }

    @Override
    public Optional<Long> existingInfluencerId(long customerId, String code) {
        return JdbcQuery.one(dataSource, "SELECT id FROM influencer WHERE customer_id = ? AND code = ?",
                row -> row.getLong(1), customerId, code);
    }

    @Override
    public Optional<Long> existingCampaignId(long customerId, String name) {
        return JdbcQuery.one(dataSource, "SELECT id FROM campaign WHERE customer_id = ? AND name = ?",
                row -> row.getLong(1), customerId, name);
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
