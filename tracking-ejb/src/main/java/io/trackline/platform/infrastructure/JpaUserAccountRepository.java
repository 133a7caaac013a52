package io.trackline.platform.infrastructure;

import io.trackline.platform.domain.Role;
import io.trackline.platform.domain.UserAccount;
import io.trackline.platform.domain.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return entityManager.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean anyOf(Role role) {
        return entityManager.createNamedQuery(UserAccount.COUNT_BY_ROLE, Long.class).setParameter("role", role)
                .getSingleResult() > 0;
    }

    @Override
    public List<UserAccount> all() {
        return entityManager.createNamedQuery(UserAccount.FIND_ALL, UserAccount.class).getResultList();
    }

    @Override
    public void add(UserAccount account) {
        entityManager.persist(account);
    }

    @Override
    public void remove(UserAccount account) {
        entityManager.remove(account);
    }
}
