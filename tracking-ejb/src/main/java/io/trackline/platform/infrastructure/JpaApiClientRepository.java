package io.trackline.platform.infrastructure;

import io.trackline.platform.domain.ApiClient;
import io.trackline.platform.domain.ApiClientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaApiClientRepository implements ApiClientRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<ApiClient> findByClientId(String clientId) {
        return entityManager.createNamedQuery(ApiClient.FIND_BY_CLIENT_ID, ApiClient.class)
                .setParameter("clientId", clientId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(ApiClient client) {
        entityManager.persist(client);
    }
}
