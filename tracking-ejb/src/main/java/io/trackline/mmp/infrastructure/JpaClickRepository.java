package io.trackline.mmp.infrastructure;

import io.trackline.mmp.domain.Click;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Clicks, recorded one by one (attribution finds them in batches: {@link JdbcClickLookup}). */
@ApplicationScoped
@Transactional
public class JpaClickRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public void add(Click click) {
        entityManager.persist(click);
    }
}
