package io.trackline.mmp.application;

import io.trackline.mmp.infrastructure.JdbcEventBatch.UserKey;
import io.trackline.mmp.infrastructure.JdbcEventReads;
import io.trackline.platform.infrastructure.ExpiringCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * The users already stored, so that a returning user's events skip attribution. A user's attribution
 * never changes once stored, so entries live long; absence is never cached, as the user may appear any
 * moment.
 */
@ApplicationScoped
public class AppUserDirectory {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);
    static final int MAX_USERS = 200_000;

    private final ExpiringCache<UserKey, KnownUser> users = new ExpiringCache<>(TIME_TO_LIVE, MAX_USERS);

    @Inject
    private JdbcEventReads reads;

    public Optional<KnownUser> known(long appId, String userId) {
        UserKey key = new UserKey(appId, userId);
        KnownUser cached = users.peek(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<KnownUser> stored = reads.user(appId, userId);
        stored.ifPresent(user -> users.get(key, unused -> user));
        return stored;
    }

    /** Remembers a user once its first event committed. */
    public void remember(long appId, String userId, KnownUser user) {
        users.get(new UserKey(appId, userId), unused -> user);
    }
}
