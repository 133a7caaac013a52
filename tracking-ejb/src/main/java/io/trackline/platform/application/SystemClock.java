package io.trackline.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock that says when "now" is where time decides an answer (a signing key's validity, a signed
 * timestamp's age): the system's, in UTC. It is injected, so that a test deployment can put a clock of its
 * own in its place (an enabled alternative) instead of waiting for real time to pass.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
