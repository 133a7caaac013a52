package io.trackline.influencer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the counted postbacks per widget, campaign and event type, summing their shards. */
@ApplicationScoped
public class WidgetTotals {

    @PersistenceContext
    private EntityManager entityManager;

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
