package io.trackline.platform.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.trackline.platform.api.Meters;
import io.trackline.platform.infrastructure.StoreFailures;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The caches of reference data that requests read (access keys, S2S tokens, products, event definitions,
 * currency rates, signing keys), all on Caffeine and all alike.
 * <ul>
 * <li>{@link #refreshing}: a value is read in a transaction ({@link ReferenceReads}), and read again in the
 * background once it is {@code fresh} old, at the first request after that, which is still answered with the
 * value as it was. A request never waits on the database for a value it has seen. Whoever changes what a
 * cache holds says so ({@link #changed}): every node then drops that cache's values within a second
 * ({@link ReferenceChanges}); should that message be lost, the refresh still sees the change within
 * {@code fresh} and one request. A value nobody asked for in {@value #UNUSED_FACTOR} times {@code fresh} is dropped and read
 * again when next asked for, while the request waits.</li>
 * <li>While the database is down (its circuit breaker open, or the read failing as unavailable), a value
 * read before is kept and served, for as long as the outage lasts: nobody can change it meanwhile. A key
 * never read before fails as the database does (503).</li>
 * <li>{@link #lasting}: ids that never change once made, kept until the size bound evicts them.</li>
 * <li>{@link #expiring}: what a node remembers for a while (users it has stored), then forgets.</li>
 * </ul>
 * Each cache has a name, and its lifetime and size are settings: {@code trackline.cache.<name>.refresh-seconds}
 * (or {@code .expire-seconds}) and {@code trackline.cache.<name>.max-size}; the README lists the names and
 * defaults. Each reports its hits, misses and size as meters ({@code trackline_cache_*{cache="<name>"}}).
 */
@ApplicationScoped
public class ReferenceCaches {

    static final int UNUSED_FACTOR = 6;

    private static final String PREFIX = "trackline.cache.";

    @Inject
    DatabaseBreaker databaseBreaker;

    @Inject
    Config config;

    @Inject
    Meters meters;

    @Inject
    ReferenceReads reads;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ReferenceChanges changes;

    /**
     * A cache of at most {@code maxSize} values, each read by {@code loader} and read again once {@code fresh}
     * old; {@code trackline.cache.<name>.refresh-seconds} and {@code .max-size} override both.
     */
    public <K, V> LoadingCache<K, V> refreshing(String name, Duration fresh, long maxSize, Function<K, V> loader) {
        LoadingCache<K, V> cache = metered(name, refreshing(Duration.ofSeconds(setting(name, "refresh-seconds",
                fresh.toSeconds())), setting(name, "max-size", maxSize), key -> reads.read(loader, key),
                databaseBreaker.breaker(), executor, Ticker.systemTicker()));
        changes.dropOnChange(name, cache);
        return cache;
    }

    /**
     * The values of the named cache changed in the caller's transaction: once it commits, every node drops
     * what it holds of that cache, and reads it again when next asked.
     */
    public void changed(String name) {
        changes.changed(name);
    }

    /** A cache of values that never change once made, at most {@code maxSize} ({@code .max-size}) of them. */
    public <K, V> Cache<K, V> lasting(String name, long maxSize) {
        return metered(name, Caffeine.newBuilder().maximumSize(setting(name, "max-size", maxSize)).recordStats()
                .<K, V>build());
    }

    /** A cache of values kept {@code lifetime} ({@code .expire-seconds}), at most {@code maxSize} of them. */
    public <K, V> Cache<K, V> expiring(String name, Duration lifetime, long maxSize) {
        return metered(name, Caffeine.newBuilder().maximumSize(setting(name, "max-size", maxSize))
                .expireAfterWrite(Duration.ofSeconds(setting(name, "expire-seconds", lifetime.toSeconds())))
                .recordStats().<K, V>build());
    }

    /** The cache's look-ups that found a value and those that did not, as meters. */
    private <C extends Cache<?, ?>> C metered(String name, C cache) {
        Tag tag = new Tag("cache", name);
        meters.gauge("trackline_cache_hits", "Look-ups that found a value", cache,
                measured -> measured.stats().hitCount(), tag);
        meters.gauge("trackline_cache_misses", "Look-ups that had to read the value", cache,
                measured -> measured.stats().missCount(), tag);
        meters.gauge("trackline_cache_size", "Values held", cache, Cache::estimatedSize, tag);
        return cache;
    }

    private long setting(String name, String setting, long defaultValue) {
        String property = PREFIX + name + "." + setting;
        long value = config.getOptionalValue(property, Long.class).orElse(defaultValue);
        if (value < 1) {
            throw new IllegalArgumentException(property + " must be 1 or more, not " + value);
        }
        return value;
    }

    static <K, V> LoadingCache<K, V> refreshing(Duration fresh, long maxSize, Function<K, V> loader,
                                                CircuitBreaker breaker, Executor executor, Ticker ticker) {
        return Caffeine.newBuilder().maximumSize(maxSize).refreshAfterWrite(fresh)
                .expireAfterWrite(fresh.multipliedBy(UNUSED_FACTOR)).executor(executor).ticker(ticker).recordStats()
                .build(new KeptWhileDown<>(loader, breaker));
    }

    /** Reads a value; reads it again unless the database is down, when it keeps the value it had. */
    private record KeptWhileDown<K, V>(Function<K, V> loader, CircuitBreaker breaker) implements CacheLoader<K, V> {

        @Override
        public V load(K key) {
            return loader.apply(key);
        }

        @Override
        public V reload(K key, V oldValue) {
            if (breaker.isOpen()) {
                return oldValue;
            }
            try {
                return loader.apply(key);
            } catch (RuntimeException e) {
                if (StoreFailures.isUnavailable(e)) {
                    breaker.failed(e);
                    return oldValue;
                }
                throw e;
            }
        }
    }
}
