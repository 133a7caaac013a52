package io.trackline.platform.application;

import com.github.benmanes.caffeine.cache.Cache;
import io.trackline.platform.domain.ClusterBus;
import io.trackline.platform.domain.ClusterTopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells every node that reference data changed, so that what it keeps of it (a cache, the auction index) is
 * read again at once rather than when its timer comes round. {@link #changed} publishes the name of what
 * changed on {@link ClusterTopic#CHANGES} once the caller's transaction has committed (so no node reads the
 * old value again), and every node, this one included, drops the caches registered under that name at
 * once and runs the actions registered under it on its managed executor. A change message lost (Kafka down) costs only time: the caches' refresh timers and
 * the index's check still pick the change up.
 */
@ApplicationScoped
public class ReferenceChanges {

    private static final Logger LOG = Logger.getLogger(ReferenceChanges.class.getName());
    private static final byte[] NOTHING = new byte[0];

    private final Map<String, List<Runnable>> actions = new ConcurrentHashMap<>();

    @Inject
    ClusterBus bus;

    @Inject
    AfterCommit afterCommit;

    @Resource
    ManagedExecutorService executor;

    private final Map<String, List<Cache<?, ?>>> caches = new ConcurrentHashMap<>();

    @PostConstruct
    void listen() {
        bus.subscribe(ClusterTopic.CHANGES, message -> {
            caches.getOrDefault(message.key(), List.of()).forEach(Cache::invalidateAll);
            executor.execute(() -> run(message.key()));
        });
    }

    /** Runs {@code action} on the managed executor on every change named {@code name}, made here or elsewhere. */
    public void onChange(String name, Runnable action) {
        actions.computeIfAbsent(name, ignored -> new CopyOnWriteArrayList<>()).add(action);
    }

    /**
     * Drops every value of {@code cache} on every change named {@code name}: at once, on the thread that hears
     * of it (on this node, the one that committed the change, before its request is answered).
     */
    public void dropOnChange(String name, Cache<?, ?> cache) {
        caches.computeIfAbsent(name, ignored -> new CopyOnWriteArrayList<>()).add(cache);
    }

    /** What {@code name} names changed: once the caller's transaction commits (at once outside one), every node hears it. */
    public void changed(String name) {
        afterCommit.run(() -> bus.publish(ClusterTopic.CHANGES, name, NOTHING));
    }

    private void run(String name) {
        for (Runnable action : actions.getOrDefault(name, List.of())) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Acting on a change of " + name + " failed; its timer will catch up", e);
            }
        }
    }
}
