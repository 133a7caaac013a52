package io.trackline.influencer.infrastructure;

import io.trackline.influencer.domain.AccessKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Access keys by hash. Its reads run in a transaction of their own when called outside one (the
 * authentication interceptor), so that the connection goes back to the pool at once.
 */
@ApplicationScoped
@Transactional
public class JpaAccessKeyRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public Optional<AccessKey> findByHash(String keyHash) {
        return entityManager.createNamedQuery(AccessKey.FIND_BY_HASH, AccessKey.class)
                .setParameter("hash", keyHash)
                .getResultStream()
                .findFirst();
    }

    public void add(AccessKey key) {
        entityManager.persist(key);
    }
}
