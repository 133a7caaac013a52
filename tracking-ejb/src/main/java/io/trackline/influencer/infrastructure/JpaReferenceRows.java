package io.trackline.influencer.infrastructure;

import io.trackline.influencer.domain.ReferenceRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Influencers, campaigns and event types, created with {@code INSERT IGNORE} (native statements of the
 * persistence unit) in the caller's transaction: {@code ReferenceCreation} gives each one of its own.
 */
@ApplicationScoped
public class JpaReferenceRows implements ReferenceRows {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public long influencerId(long customerId, String code) {
        insertIgnore("INSERT IGNORE INTO influencer (customer_id, code, created_at) VALUES (?, ?, ?)",
                customerId, code);
        return selectId("SELECT id FROM influencer WHERE customer_id = ? AND code = ?", customerId, code);
    }

    @Override
    public long campaignId(long customerId, String name) {
        insertIgnore("INSERT IGNORE INTO campaign (customer_id, name, created_at) VALUES (?, ?, ?)",
                customerId, name);
        return selectId("SELECT id FROM campaign WHERE customer_id = ? AND name = ?", customerId, name);
    }

    @Override
    public void eventType(long productId, String code, String displayName) {
        entityManager.createNativeQuery("INSERT IGNORE INTO event_type (product_id, code, display_name, created_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, productId)
                .setParameter(2, code)
                .setParameter(3, displayName)
                .setParameter(4, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    /** The id of an existing influencer, without creating one. */
    @Override
    public Optional<Long> existingInfluencerId(long customerId, String code) {
        return existingId("SELECT id FROM influencer WHERE customer_id = ? AND code = ?", customerId, code);
    }

    /** The id of an existing campaign, without creating one. */
    @Override
    public Optional<Long> existingCampaignId(long customerId, String name) {
        return existingId("SELECT id FROM campaign WHERE customer_id = ? AND name = ?", customerId, name);
    }

    private void insertIgnore(String sql, long customerId, String code) {
        entityManager.createNativeQuery(sql)
                .setParameter(1, customerId)
                .setParameter(2, code)
                .setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    private long selectId(String sql, long customerId, String code) {
        return existingId(sql, customerId, code).orElseThrow();
    }

    private Optional<Long> existingId(String sql, long customerId, String code) {
        return entityManager.createNativeQuery(sql)
                .setParameter(1, customerId)
                .setParameter(2, code)
                .getResultStream()
                .findFirst()
                .map(id -> ((Number) id).longValue());
    }
}
