package io.trackline.retail.application;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.ReplayedRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replay protection for the retailers that turn it on: the signed body carries {@code ts} (unix seconds)
 * within {@value #WINDOW_SECONDS} s of now, and a signature is accepted once in that window. Signatures
 * seen are remembered on this node for the window.
 */
@ApplicationScoped
public class ReplayGuard {

    static final long WINDOW_SECONDS = 300;
    private static final int MAX_REMEMBERED = 1_000_000;

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    public void check(long retailerId, String timestamp, String signature, Instant now) {
        if (timestamp == null) {
            throw new InvalidFieldException("ts", "is required: this retailer's requests are replay-protected");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("ts", "must be unix seconds");
        }
        if (Math.abs(now.getEpochSecond() - seconds) > WINDOW_SECONDS) {
            throw new ReplayedRequestException("The request's ts is more than " + WINDOW_SECONDS
                    + " s away from now.");
        }
        forgetExpired(now);
        if (seen.putIfAbsent(retailerId + ":" + signature, now.plusSeconds(2 * WINDOW_SECONDS)) != null) {
            throw new ReplayedRequestException("This signed request was received before.");
        }
    }

    private void forgetExpired(Instant now) {
        if (seen.size() < MAX_REMEMBERED / 2) {
            return;
        }
        for (Iterator<Instant> expiries = seen.values().iterator(); expiries.hasNext(); ) {
            if (expiries.next().isBefore(now)) {
                expiries.remove();
            }
        }
    }

}
