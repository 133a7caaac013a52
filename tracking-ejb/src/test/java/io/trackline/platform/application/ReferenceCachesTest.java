package io.trackline.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.LoadingCache;
import io.trackline.platform.api.StoreUnavailableException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReferenceCachesTest {

    private static final Duration FRESH = Duration.ofSeconds(10);

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicReference<String> stored = new AtomicReference<>("v1");
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final CircuitBreaker breaker = new CircuitBreaker(3, 1, reason -> { });
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final LoadingCache<String, String> cache = ReferenceCaches.refreshing(FRESH, 100, this::read, breaker,
            background::add, now::get);

    private String read(String key) {
        reads.incrementAndGet();
        if (failure.get() != null) {
            throw failure.get();
        }
        return key + "=" + stored.get();
    }

    private void pass(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    /** What the cache left to its executor: the reads again, and its upkeep. */
    private String getAndRunBackground(String key) {
        String value = cache.get(key);
        while (!background.isEmpty()) {
            background.poll().run();
        }
        return value;
    }

    @Test
    void aValueIsReadOnceWhileFresh() {
        assertEquals("a=v1", cache.get("a"));
        pass(FRESH.minusSeconds(1));
        assertEquals("a=v1", cache.get("a"));
        assertEquals(1, reads.get());
    }

    @Test
    void aStaleValueAnswersOnceWhileItIsReadAgain() {
        cache.get("a");
        stored.set("v2");
        pass(FRESH.plusSeconds(1));

        assertEquals("a=v1", getAndRunBackground("a"), "the request that finds it stale");
        assertEquals("a=v2", cache.get("a"), "the next one");
        assertEquals(2, reads.get());
    }

    @Test
    void whileTheDatabaseIsDownTheValueAsReadIsKept() {
        cache.get("a");
        failure.set(new StoreUnavailableException("down", 1));
        for (int read = 0; read < 10; read++) {
            pass(FRESH.plusSeconds(1));
            assertEquals("a=v1", getAndRunBackground("a"), "read " + read);
        }
        assertTrue(breaker.isOpen(), "three failed reads in a row opened the breaker");
        int readsWhileOpen = reads.get();
        pass(FRESH.plusSeconds(1));
        getAndRunBackground("a");
        assertEquals(readsWhileOpen, reads.get(), "no read while the breaker is open");
    }

    @Test
    void aKeyNeverReadFailsAsTheDatabaseDoes() {
        failure.set(new StoreUnavailableException("down", 1));

        assertThrows(StoreUnavailableException.class, () -> cache.get("b"));
    }

    @Test
    void aFaultOfOursIsNotHiddenAsAnOutage() {
        cache.get("a");
        failure.set(new IllegalStateException("a bug"));
        pass(FRESH.plusSeconds(1));

        assertEquals("a=v1", getAndRunBackground("a"));
        assertEquals(2, reads.get());
        assertFalse(breaker.isOpen());
    }

    @Test
    void aValueNobodyAskedForIsReadAgainBeforeItAnswers() {
        cache.get("a");
        stored.set("v2");
        pass(FRESH.multipliedBy(ReferenceCaches.UNUSED_FACTOR).plusSeconds(1));

        assertEquals("a=v2", cache.get("a"));
    }
}
