package io.trackline.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test-only, added to the tracking enterprise bean module so that every module sees it: the server's clock
 * in place of the system's ({@code platform.application.SystemClock}), running ahead by what a test set
 * through {@code /it-probe/clock}, so that a test sees a time pass without waiting for it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@Dependent
public class ShiftedClock extends Clock {

    private static volatile Duration ahead = Duration.ZERO;

    /** From now on the server's clock runs {@code by} ahead of the system's. */
    public static void runAhead(Duration by) {
        ahead = by;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), ahead);
    }
}
