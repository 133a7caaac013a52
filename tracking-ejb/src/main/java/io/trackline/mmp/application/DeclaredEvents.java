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
    private static final String CACHE = "declared-events";

    private LoadingCache<Long, Map<String, Boolean>> repeatableByMappingId;

    @Inject
    private ReferenceCaches caches;

    @Inject
    private Apps apps;

    @PostConstruct
    void start() {
        repeatableByMappingId = caches.refreshing(CACHE, TIME_TO_LIVE, 10_000, this::load);
    }

    /** Whether the event may count more than once per user; empty when the app does not declare it. */
    public Optional<Boolean> repeatable(AppRef app, String mappingId) {
        if (EventDefinition.SESSION.equals(mappingId)) {
            return Optional.of(true);
        }
        return Optional.ofNullable(repeatableByMappingId.get(app.id()).get(mappingId));
    }

    /** An app declared an event in this transaction: once it commits, it counts at once on every node. */
    void changed() {
        caches.changed(CACHE);
    }

    private Map<String, Boolean> load(long appId) {
        return apps.eventDefinitions(appId).stream()
                .collect(Collectors.toUnmodifiableMap(EventDefinition::mappingId, EventDefinition::repeatable));
    }
}
