package io.trackline.platform.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    private final ExpiringCache<String, String> cache = new ExpiringCache<>(Duration.ofSeconds(10), 2, now::get);

    private String load(String key) {
        loads.incrementAndGet();
        return key.toUpperCase();
    }

    @Test
    void aValueIsLoadedOnceUntilItExpires() {
        assertEquals("A", cache.get("a", this::load));
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertEquals("A", cache.get("a", this::load));
        assertEquals(1, loads.get());

        now.addAndGet(Duration.ofSeconds(2).toNanos());
        cache.get("a", this::load);
        assertEquals(2, loads.get());
    }

    @Test
    void peekNeverLoadsAndSeesNothingExpired() {
        assertNull(cache.peek("a"));
        cache.get("a", this::load);
        assertEquals("A", cache.peek("a"));
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertNull(cache.peek("a"));
        assertEquals(1, loads.get());
    }

    @Test
    void aFullCacheStartsOverInsteadOfGrowing() {
        cache.get("a", this::load);
        cache.get("b", this::load);
        cache.get("c", this::load);

        assertNull(cache.peek("a"));
        assertEquals("C", cache.peek("c"));
    }

    @Test
    void invalidatedValuesAreLoadedAgain() {
        cache.get("a", this::load);
        cache.invalidate("a");
        cache.get("a", this::load);
        assertEquals(2, loads.get());
    }
}
