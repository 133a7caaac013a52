package io.trackline.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FailureWindowsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final FailureWindows windows = new FailureWindows(Duration.ofSeconds(60), 1_000, nanos::get);

    @Test
    void aKeyIsRefusedOnceItReachesTheLimitUntilItsWindowCloses() {
        for (int i = 0; i < 3; i++) {
            assertTrue(windows.refusedFor("k", 3).isEmpty(), "failure " + i);
            windows.fail("k");
        }
        assertEquals(OptionalLong.of(60), windows.refusedFor("k", 3));

        nanos.addAndGet(Duration.ofSeconds(45).toNanos());
        assertEquals(OptionalLong.of(15), windows.refusedFor("k", 3));

        nanos.addAndGet(Duration.ofSeconds(16).toNanos());
        assertTrue(windows.refusedFor("k", 3).isEmpty(), "a new window starts from zero");
    }

    @Test
    void keysCountApartAndAClearedKeyStartsAfresh() {
        windows.fail("a");
        windows.fail("a");
        windows.fail("b");

        assertTrue(windows.refusedFor("a", 2).isPresent());
        assertTrue(windows.refusedFor("b", 2).isEmpty());
        windows.clear("a");
        assertTrue(windows.refusedFor("a", 2).isEmpty());
    }

    @Test
    void ipv6AddressesCountByTheirSubscribersBlock() {
        assertEquals(FailedAuthentications.addressKey("2001:db8:1:2::1"),
                FailedAuthentications.addressKey("2001:db8:1:2:ffff::9"));
        assertEquals("ip:192.0.2.1", FailedAuthentications.addressKey("::ffff:192.0.2.1"));
    }
}
