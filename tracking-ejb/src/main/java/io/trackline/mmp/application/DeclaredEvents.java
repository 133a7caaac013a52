package io.trackline.mmp.application;

import com.github.benmanes.caffeine.cache.LoadingCache;
import io.trackline.mmp.api.AppRef;
import io.trackline.mmp.domain.Apps;
import io.trackline.mmp.domain.EventDefinition;
import io.trackline.platform.application.ReferenceCaches;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The events each app declares, cached ({@link ReferenceCaches#refreshing}): a newly declared event works at
 * once on the node that declared it, within {@link #TIME_TO_LIVE} and one request on the others.
 */
@ApplicationScoped
public class DeclaredEvents {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

    private LoadingCache<Long, Map<String, Boolean>> repeatableByMappingId;

    @Inject
    private ReferenceCaches caches;

    @Inject
    private Apps apps;

    @PostConstruct
    void start() {
        repeatableByMappingId = caches.refreshing("declared-events", TIME_TO_LIVE, 10_000, this::load);
    }

    /** Whether the event may count more than once per user; empty when the app does not declare it. */
    public Optional<Boolean> repeatable(AppRef app, String mappingId) {
        if (EventDefinition.SESSION.equals(mappingId)) {
            return Optional.of(true);
        }
        return Optional.ofNullable(repeatableByMappingId.get(app.id()).get(mappingId));
    }

    /** Forgets the app's events, so that one just declared counts at once on this node. */
    void forget(long appId) {
        repeatableByMappingId.invalidate(appId);
    }

    private Map<String, Boolean> load(long appId) {
        return apps.eventDefinitions(appId).stream()
                .collect(Collectors.toUnmodifiableMap(EventDefinition::mappingId, EventDefinition::repeatable));
    }
}
