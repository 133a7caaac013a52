package io.trackline.influencer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Counted postbacks per widget, campaign and event type. Each increment lands on one of {@value #SHARDS}
 * rows picked at random, so that concurrent postbacks for one influencer rarely wait on each other's row
 * lock; reading sums the shards.
 */
@ApplicationScoped
public class WidgetTotals {

    static final int SHARDS = 16;
    /** The campaign column's value for postbacks without a campaign. */
    private static final long NO_CAMPAIGN = 0L;

    @PersistenceContext
    private EntityManager entityManager;

    public void increment(long productId, long influencerId, Long campaignId, String eventType) {
        entityManager.createNativeQuery("INSERT INTO widget_total"
                        + " (product_id, influencer_id, campaign_id, event_type, shard, total)"
                        + " VALUES (?, ?, ?, ?, ?, 1) ON DUPLICATE KEY UPDATE total = total + 1")
                .setParameter(1, productId)
                .setParameter(2, influencerId)
                .setParameter(3, campaignId == null ? NO_CAMPAIGN : campaignId)
                .setParameter(4, eventType)
                .setParameter(5, ThreadLocalRandom.current().nextInt(SHARDS))
                .executeUpdate();
    }

    /** Totals per event type, of one campaign or ({@code campaignId} null) of all. */
    public Map<String, Long> totals(long productId, long influencerId, Long campaignId) {
        String campaignFilter = campaignId == null ? "" : " AND campaign_id = ?";
        var query = entityManager.createNativeQuery("SELECT event_type, SUM(total) FROM widget_total"
                        + " WHERE product_id = ? AND influencer_id = ?" + campaignFilter
                        + " GROUP BY event_type ORDER BY event_type")
                .setParameter(1, productId)
                .setParameter(2, influencerId);
        if (campaignId != null) {
            query.setParameter(3, campaignId);
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        for (Object row : (List<?>) query.getResultList()) {
            Object[] columns = (Object[]) row;
            totals.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return totals;
    }
}
