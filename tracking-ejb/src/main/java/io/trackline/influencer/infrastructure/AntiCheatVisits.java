package io.trackline.influencer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Today's visitors per widget and event type, as keyed hashes. Recording is atomic: of two concurrent
 * postbacks by one visitor exactly one is first.
 */
@ApplicationScoped
public class AntiCheatVisits {

    @PersistenceContext
    private EntityManager entityManager;

    /** Records the visit; {@code true} when it is the visitor's first of the day. */
    public boolean recordFirst(LocalDate day, long productId, long influencerId, String eventType, String visitor) {
        return entityManager.createNativeQuery("INSERT IGNORE INTO anti_cheat_visit"
                        + " (visit_day, product_id, influencer_id, event_type, visitor_hash) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, java.sql.Date.valueOf(day))
                .setParameter(2, productId)
                .setParameter(3, influencerId)
                .setParameter(4, eventType)
                .setParameter(5, visitor)
                .executeUpdate() == 1;
    }

    /** Forgets the visits of days before {@code firstKept}: their hashes can no longer be matched anyway. */
    public int forgetBefore(LocalDate firstKept) {
        return entityManager.createNativeQuery("DELETE FROM anti_cheat_visit WHERE visit_day < ?")
                .setParameter(1, java.sql.Date.valueOf(firstKept))
                .executeUpdate();
    }
}
