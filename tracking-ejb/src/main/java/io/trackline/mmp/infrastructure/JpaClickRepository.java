package io.trackline.mmp.infrastructure;

import io.trackline.mmp.domain.Click;
import io.trackline.mmp.domain.Clicks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Clicks, recorded one by one with what each adds to its app's daily traffic (attribution finds them in
 * batches: {@link JdbcClickLookup}).
 */
@ApplicationScoped
public class JpaClickRepository implements Clicks {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private JdbcMmpStats stats;

    @Override
    public void add(Click click) {
        entityManager.persist(click);
        stats.addClick(click.appId(), click.clickDay(), click.publisher(), click.campaign());
    }
}
