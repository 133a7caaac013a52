package io.trackline.influencer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/** Today's visitors per widget and event type (recorded by {@link JdbcPostbackBatch}): their housekeeping. */
@ApplicationScoped
public class AntiCheatVisits {

    @PersistenceContext
    private EntityManager entityManager;

    /** Forgets the visits of days before {@code firstKept}: their hashes can no longer be matched anyway. */
    public int forgetBefore(LocalDate firstKept) {
        return entityManager.createNativeQuery("DELETE FROM anti_cheat_visit WHERE visit_day < ?")
                .setParameter(1, java.sql.Date.valueOf(firstKept))
                .executeUpdate();
    }
}
