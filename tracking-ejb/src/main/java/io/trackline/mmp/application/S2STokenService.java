package io.trackline.mmp.application;

import com.github.benmanes.caffeine.cache.LoadingCache;
import io.trackline.mmp.api.AppRef;
import io.trackline.mmp.api.S2STokenAuthenticator;
import io.trackline.mmp.domain.AppToken;
import io.trackline.mmp.domain.Apps;
import io.trackline.platform.api.NotAuthenticatedException;
import io.trackline.platform.application.ReferenceCaches;
import io.trackline.platform.infrastructure.SecretHashing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Tells which app an S2S token belongs to. Tokens are looked up by their hash and cached, unknown ones too
 * ({@link ReferenceCaches#refreshing}): a revoked token stops working within {@link #TIME_TO_LIVE} (by
 * default) and one request, and a known token keeps working while the database is down.
 */
@ApplicationScoped
public class S2STokenService implements S2STokenAuthenticator {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);
    private static final String CACHE = "s2s-tokens";
    private static final int MAX_TOKEN_LENGTH = 256;

    private LoadingCache<String, Optional<AppRef>> cache;

    @Inject
    private ReferenceCaches caches;

    @Inject
    private SecretHashing hashing;

    @Inject
    private Apps apps;

    @PostConstruct
    void start() {
        cache = caches.refreshing(CACHE, TIME_TO_LIVE, 10_000, this::lookUp);
    }

    /**
     * Some of the S2S tokens were revoked or rotated in this transaction: once it commits, every node forgets
     * them all.
     */
    public void changed() {
        caches.changed(CACHE);
    }

    public AppRef authenticate(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > MAX_TOKEN_LENGTH) {
            throw new NotAuthenticatedException("The S2S token is missing or malformed.");
        }
        return cache.get(hashing.hash(rawToken))
                .orElseThrow(() -> new NotAuthenticatedException("The S2S token is unknown or revoked."));
    }

    private Optional<AppRef> lookUp(String tokenHash) {
        return apps.tokenByHash(tokenHash).filter(AppToken::active).map(token -> token.app().ref());
    }
}
