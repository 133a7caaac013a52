package io.trackline.influencer.infrastructure;

import io.trackline.influencer.domain.Postback;
import io.trackline.platform.infrastructure.StoreFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPostbackRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public Optional<Postback> findByIdempotencyKey(long customerId, String key) {
        return entityManager.createNamedQuery(Postback.FIND_BY_IDEMPOTENCY_KEY, Postback.class)
                .setParameter("customerId", customerId)
                .setParameter("key", key)
                .setHint("jakarta.persistence.query.timeout", StoreFailures.LOOKUP_TIMEOUT_SECONDS * 1000)
                .getResultStream()
                .findFirst();
    }

    /** The last counted postback of a widget, 0 when there is none. */
    public long lastCountedId(long productId, long influencerId) {
        Object max = entityManager.createNativeQuery("SELECT MAX(id) FROM postback"
                        + " WHERE product_id = ? AND influencer_id = ? AND counted = TRUE")
                .setParameter(1, productId)
                .setParameter(2, influencerId)
                .getSingleResult();
        return max == null ? 0 : ((Number) max).longValue();
    }

    /**
     * Counted postbacks of a widget after {@code afterId}, oldest first, at most {@code limit}: each row is
     * id, event type, event name, campaign name.
     */
    public List<Object[]> countedAfter(long productId, long influencerId, long afterId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT p.id, p.event_type, p.event_name, c.name"
                        + " FROM postback p LEFT JOIN campaign c ON c.id = p.campaign_id"
                        + " WHERE p.product_id = ? AND p.influencer_id = ? AND p.counted = TRUE AND p.id > ?"
                        + " ORDER BY p.id")
                .setParameter(1, productId)
                .setParameter(2, influencerId)
                .setParameter(3, afterId)
                .setMaxResults(limit)
                .getResultList();
        return rows;
    }
}
