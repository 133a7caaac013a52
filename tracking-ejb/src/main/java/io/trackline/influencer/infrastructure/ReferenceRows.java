package io.trackline.influencer.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Influencers, campaigns and event types come into being with the first postback that names them. Each
 * is created in a transaction of its own (so a failed postback leaves no dangling cache entry behind) and
 * with {@code INSERT IGNORE}, so that two nodes seeing the same newcomer at once both end up with its id.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReferenceRows {

    @PersistenceContext
    private EntityManager entityManager;

    public long influencerId(long customerId, String code) {
        insertIgnore("INSERT IGNORE INTO influencer (customer_id, code, created_at) VALUES (?, ?, ?)",
                customerId, code);
        return selectId("SELECT id FROM influencer WHERE customer_id = ? AND code = ?", customerId, code);
    }

    public long campaignId(long customerId, String name) {
        insertIgnore("INSERT IGNORE INTO campaign (customer_id, name, created_at) VALUES (?, ?, ?)",
                customerId, name);
        return selectId("SELECT id FROM campaign WHERE customer_id = ? AND name = ?", customerId, name);
    }

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
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Long> existingInfluencerId(long customerId, String code) {
        return existingId("SELECT id FROM influencer WHERE customer_id = ? AND code = ?", customerId, code);
    }

    /** The id of an existing campaign, without creating one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
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
