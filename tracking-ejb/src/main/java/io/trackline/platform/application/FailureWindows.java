package io.trackline.platform.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failures counted per key in fixed windows: a key's window opens at its first failure and lasts
 * {@code window}; once its count reaches the limit, the key is refused until the window closes. At most
 * {@code maxKeys} keys are kept, the least useful evicted first, so that a flood of new keys cannot
 * exhaust memory.
 */
final class FailureWindows {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private record Window(long openedNanos, AtomicInteger failures) {
    }

    private final Cache<String, Window> windows;
    private final Ticker ticker;
    private final long windowNanos;

    FailureWindows(Duration window, long maxKeys, Ticker ticker) {
        this.ticker = ticker;
        this.windowNanos = window.toNanos();
        this.windows = Caffeine.newBuilder().maximumSize(maxKeys).ticker(ticker)
                .expireAfter(Expiry.creating((String key, Window opened) -> window)).build();
    }

    /** Counts a failure of the key. */
    void fail(String key) {
        windows.get(key, opened -> new Window(ticker.read(), new AtomicInteger())).failures().incrementAndGet();
    }

    /** How long the key must wait, in whole seconds (at least 1), when it has failed {@code limit} times. */
    OptionalLong refusedFor(String key, int limit) {
        Window window = windows.getIfPresent(key);
        if (window == null || window.failures().get() < limit) {
            return OptionalLong.empty();
        }
        long remainingNanos = windowNanos - (ticker.read() - window.openedNanos());
        long wholeSeconds = (remainingNanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
        return OptionalLong.of(Math.max(1, wholeSeconds));
    }

    void clear(String key) {
        windows.invalidate(key);
    }
}
