package io.trackline.platform.infrastructure;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A bounded read-through cache whose entries expire, for reference data read on every request
 * (access keys, products). A change made on any node is seen everywhere within the time to live; when the
 * cache is full it starts over rather than grow, so unknown keys cannot exhaust memory.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAtNanos) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long timeToLiveNanos;
    private final int maxEntries;
    private final LongSupplier nanoClock;

    public ExpiringCache(Duration timeToLive, int maxEntries) {
        this(timeToLive, maxEntries, System::nanoTime);
    }

    ExpiringCache(Duration timeToLive, int maxEntries, LongSupplier nanoClock) {
        this.timeToLiveNanos = timeToLive.toNanos();
        this.maxEntries = maxEntries;
        this.nanoClock = nanoClock;
    }

    public V get(K key, Function<K, V> loader) {
        long now = nanoClock.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.expiresAtNanos() < 0) {
            return entry.value();
        }
        V value = loader.apply(key);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now + timeToLiveNanos));
        return value;
    }

    /** The cached value, or {@code null} when there is none or it has expired; never loads. */
    public V peek(K key) {
        Entry<V> entry = entries.get(key);
        return entry != null && nanoClock.getAsLong() - entry.expiresAtNanos() < 0 ? entry.value() : null;
    }

    public void invalidate(K key) {
        entries.remove(key);
    }
}
