package io.trackline.mmp.application;

import io.trackline.mmp.api.AppRef;
import io.trackline.mmp.domain.AppToken;
import io.trackline.mmp.infrastructure.JpaAppRepository;
import io.trackline.platform.api.NotAuthenticatedException;
import io.trackline.platform.infrastructure.ExpiringCache;
import io.trackline.platform.infrastructure.SecretHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Tells which app an S2S token belongs to. Tokens are looked up by their hash and cached for a few seconds,
 * unknown ones too: a revoked token stops working within {@link #TIME_TO_LIVE}.
 */
@ApplicationScoped
public class S2STokenService {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);
    private static final int MAX_TOKEN_LENGTH = 256;

    private final ExpiringCache<String, Optional<AppRef>> cache = new ExpiringCache<>(TIME_TO_LIVE, 10_000);

    @Inject
    private SecretHashing hashing;

    @Inject
    private JpaAppRepository apps;

    public AppRef authenticate(String rawToken) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > MAX_TOKEN_LENGTH) {
            throw new NotAuthenticatedException("The S2S token is missing or malformed.");
        }
        return cache.get(hashing.hash(rawToken), this::lookUp)
                .orElseThrow(() -> new NotAuthenticatedException("The S2S token is unknown or revoked."));
    }

    private Optional<AppRef> lookUp(String tokenHash) {
        return apps.tokenByHash(tokenHash).filter(AppToken::active).map(token -> token.app().ref());
    }
}
