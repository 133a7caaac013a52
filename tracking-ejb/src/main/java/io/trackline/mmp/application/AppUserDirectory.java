package io.trackline.mmp.application;

import com.github.benmanes.caffeine.cache.Cache;
import io.trackline.mmp.domain.EventBatches.UserKey;
import io.trackline.mmp.domain.KnownUser;
import io.trackline.platform.application.ReferenceCaches;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * The users this node has seen stored, so that a returning user's events skip attribution. A user's
 * attribution never changes once stored, so entries live long. A user missing here is attributed again,
 * which costs a look-up but changes nothing: the write keeps the attribution stored first.
 */
@ApplicationScoped
public class AppUserDirectory {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);
    static final int MAX_USERS = 200_000;

    private Cache<UserKey, KnownUser> users;

    @Inject
    private ReferenceCaches caches;

    @PostConstruct
    void start() {
        users = caches.expiring("app-users", TIME_TO_LIVE, MAX_USERS);
    }

    public Optional<KnownUser> known(long appId, String userId) {
        return Optional.ofNullable(users.getIfPresent(new UserKey(appId, userId)));
    }

    /** Remembers a user once its first event committed. */
    public void remember(long appId, String userId, KnownUser user) {
        users.asMap().putIfAbsent(new UserKey(appId, userId), user);
    }
}
