package io.trackline.mmp.infrastructure;

import io.trackline.mmp.domain.Click;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Clicks: recorded one by one, found by public id or, for fingerprint attribution, by visitor hash. */
@ApplicationScoped
@Transactional
public class JpaClickRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public void add(Click click) {
        entityManager.persist(click);
    }

    /** The app's click with this public id, if it happened at or after {@code since}. */
    public Optional<Click> byPublicId(long appId, String publicId, Instant since) {
        return entityManager.createNamedQuery(Click.FIND_BY_PUBLIC_ID, Click.class)
                .setParameter("app", appId)
                .setParameter("id", publicId)
                .getResultStream()
                .filter(click -> !click.clickedAt().isBefore(since))
                .findFirst();
    }

    /** The app's most recent click since {@code since} by a visitor with one of these fingerprints. */
    public Optional<Click> latestByFingerprint(long appId, List<String> fingerprints, Instant since) {
        return entityManager.createNamedQuery(Click.FIND_LATEST_BY_FINGERPRINT, Click.class)
                .setParameter("app", appId)
                .setParameter("fingerprints", fingerprints)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
