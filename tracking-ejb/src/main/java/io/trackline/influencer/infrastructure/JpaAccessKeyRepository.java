package io.trackline.influencer.infrastructure;

import io.trackline.influencer.domain.AccessKey;
import io.trackline.influencer.domain.AccessKeys;
import io.trackline.influencer.domain.Customer;
import io.trackline.platform.domain.OwnedSecrets;
import io.trackline.platform.infrastructure.JpaOwnedSecrets;
import io.trackline.platform.infrastructure.SecretHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Access keys by hash, their customer fetched with them. Called outside a transaction (the access-key
 * cache's loader), a read gets a persistence context for that call only: the key comes back detached.
 */
@ApplicationScoped
public class JpaAccessKeyRepository implements AccessKeys {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SecretHashing hashing;

    @Override
    public Optional<AccessKey> findByHash(String keyHash) {
        return entityManager.createNamedQuery(AccessKey.FIND_BY_HASH, AccessKey.class)
                .setParameter("hash", keyHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(AccessKey key) {
        entityManager.persist(key);
    }

    @Override
    public OwnedSecrets managed() {
        return new JpaOwnedSecrets<>(entityManager, hashing, AccessKey.class, "customer.id",
                (customerId, hash, label, at) -> new AccessKey(entityManager.getReference(Customer.class, customerId),
                        hash, label, at), "access key");
    }
}
