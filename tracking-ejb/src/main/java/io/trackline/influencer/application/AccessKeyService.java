package io.trackline.influencer.application;

import com.github.benmanes.caffeine.cache.LoadingCache;
import io.trackline.influencer.api.AccessKeyAuthenticator;
import io.trackline.influencer.api.CustomerRef;
import io.trackline.influencer.domain.AccessKey;
import io.trackline.influencer.domain.AccessKeys;
import io.trackline.platform.api.NotAuthenticatedException;
import io.trackline.platform.application.ReferenceCaches;
import io.trackline.platform.infrastructure.SecretHashing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Tells which customer an access key belongs to. Keys are looked up by their hash and cached, unknown ones
 * too ({@link ReferenceCaches#refreshing}): a revoked key stops working within {@link #TIME_TO_LIVE} (by
 * default) and one request, and a known key keeps working while the database is down.
 */
@ApplicationScoped
public class AccessKeyService implements AccessKeyAuthenticator {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);
    private static final String CACHE = "access-keys";
    private static final int MAX_KEY_LENGTH = 256;

    private LoadingCache<String, Optional<CustomerRef>> cache;

    @Inject
    private ReferenceCaches caches;

    @Inject
    private SecretHashing hashing;

    @Inject
    private AccessKeys keys;

    @PostConstruct
    void start() {
        cache = caches.refreshing(CACHE, TIME_TO_LIVE, 10_000, this::lookUp);
    }

    /**
     * Some of the access keys were revoked or rotated in this transaction: once it commits, every node forgets
     * them all.
     */
    public void changed() {
        caches.changed(CACHE);
    }

    public CustomerRef authenticate(String rawKey) {
        if (rawKey == null || rawKey.isBlank() || rawKey.length() > MAX_KEY_LENGTH) {
            throw new NotAuthenticatedException("The access key is missing or malformed.");
        }
        return cache.get(hashing.hash(rawKey))
                .orElseThrow(() -> new NotAuthenticatedException("The access key is unknown or revoked."));
    }

    private Optional<CustomerRef> lookUp(String keyHash) {
        return keys.findByHash(keyHash)
                .filter(AccessKey::active)
                .map(key -> new CustomerRef(key.customer().id(), key.customer().code()));
    }
}
