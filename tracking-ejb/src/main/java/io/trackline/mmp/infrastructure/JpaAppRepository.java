package io.trackline.mmp.infrastructure;

import io.trackline.mmp.domain.App;
import io.trackline.mmp.domain.AppToken;
import io.trackline.mmp.domain.Apps;
import io.trackline.mmp.domain.CurrencyRate;
import io.trackline.mmp.domain.EventDefinition;
import io.trackline.mmp.domain.TrackingLink;
import io.trackline.platform.domain.OwnedSecrets;
import io.trackline.platform.infrastructure.JpaOwnedSecrets;
import io.trackline.platform.infrastructure.SecretHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Apps and what belongs to them: tokens, declared events, tracking links, and the exchange rates. Reads
 * outside a transaction (cache loaders) get a persistence context for that call only: what they return is
 * detached.
 */
@ApplicationScoped
public class JpaAppRepository implements Apps {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SecretHashing hashing;

    @Override
    public Optional<AppToken> tokenByHash(String tokenHash) {
        return entityManager.createNamedQuery(AppToken.FIND_BY_HASH, AppToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<App> appByCode(String code) {
        return entityManager.createNamedQuery(App.FIND_BY_CODE, App.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<EventDefinition> eventDefinitions(long appId) {
        return entityManager.createNamedQuery(EventDefinition.FIND_BY_APP, EventDefinition.class)
                .setParameter("app", appId)
                .getResultList();
    }

    @Override
    public Optional<TrackingLink> link(String publicId) {
        return entityManager.createNamedQuery(TrackingLink.FIND_BY_PUBLIC_ID, TrackingLink.class)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CurrencyRate> rates() {
        return entityManager.createNamedQuery(CurrencyRate.FIND_ALL, CurrencyRate.class).getResultList();
    }

    @Override
    public Optional<CurrencyRate> rate(String currency) {
        return Optional.ofNullable(entityManager.find(CurrencyRate.class, currency));
    }

    @Override
    public void add(App app) {
        persisted(app);
    }

    @Override
    public void add(AppToken token) {
        persisted(token);
    }

    @Override
    public void add(EventDefinition definition) {
        persisted(definition);
    }

    @Override
    public void add(TrackingLink link) {
        persisted(link);
    }

    @Override
    public void add(CurrencyRate rate) {
        persisted(rate);
    }

    /** Written at once, so that its generated id is known and a JDBC read in the same transaction sees it. */
    private void persisted(Object entity) {
        entityManager.persist(entity);
        entityManager.flush();
    }

    @Override
    public OwnedSecrets tokens() {
        return new JpaOwnedSecrets<>(entityManager, hashing, AppToken.class, "app.id",
                (appId, hash, label, at) -> new AppToken(entityManager.getReference(App.class, appId), hash, label, at),
                "S2S token");
    }
}
