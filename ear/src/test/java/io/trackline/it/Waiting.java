package io.trackline.it;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;

/**
 * How the tests wait for what happens behind an answer (an auction index's next check, impressions written
 * behind): Awaitility, asking at once and then every 250 ms, for at most 15 s.
 */
final class Waiting {

    static final Duration AT_MOST = Duration.ofSeconds(15);
    static final Duration POLL = Duration.ofMillis(250);

    private Waiting() {
    }

    /** Whether {@code condition} came true within {@code atMost}, asked every 250 ms. */
    static boolean within(Duration atMost, String what, Callable<Boolean> condition) {
        try {
            Awaitility.await(what).atMost(atMost).pollDelay(Duration.ZERO).pollInterval(POLL).until(condition);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** A wait named {@code what}, for its failure message. */
    static ConditionFactory await(String what) {
        return Awaitility.await(what).atMost(AT_MOST).pollDelay(Duration.ZERO).pollInterval(POLL);
    }
}
