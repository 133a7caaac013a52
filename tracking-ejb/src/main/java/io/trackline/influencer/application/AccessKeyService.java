package io.trackline.influencer.application;

import io.trackline.influencer.api.CustomerRef;
import io.trackline.influencer.domain.AccessKey;
import io.trackline.influencer.infrastructure.JpaAccessKeyRepository;
import io.trackline.platform.api.NotAuthenticatedException;
import io.trackline.platform.infrastructure.ExpiringCache;
import io.trackline.platform.infrastructure.SecretHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Tells which customer an access key belongs to. Keys are looked up by their hash and cached for a few
 * seconds, unknown ones too: a revoked key stops working within {@link #TIME_TO_LIVE}.
 */
@ApplicationScoped
public class AccessKeyService {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);
    private static final int MAX_KEY_LENGTH = 256;

    private final ExpiringCache<String, Optional<CustomerRef>> cache = new ExpiringCache<>(TIME_TO_LIVE, 10_000);

    @Inject
    private SecretHashing hashing;

    @Inject
    private JpaAccessKeyRepository keys;

    public CustomerRef authenticate(String rawKey) {
        if (rawKey == null || rawKey.isBlank() || rawKey.length() > MAX_KEY_LENGTH) {
            throw new NotAuthenticatedException("The access key is missing or malformed.");
        }
        return cache.get(hashing.hash(rawKey), this::lookUp)
                .orElseThrow(() -> new NotAuthenticatedException("The access key is unknown or revoked."));
    }

    private Optional<CustomerRef> lookUp(String keyHash) {
        return keys.findByHash(keyHash)
                .filter(AccessKey::active)
                .map(key -> new CustomerRef(key.customer().id(), key.customer().code()));
    }
}
