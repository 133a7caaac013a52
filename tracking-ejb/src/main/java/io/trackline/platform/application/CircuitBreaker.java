package io.trackline.platform.application;

import io.trackline.platform.api.StoreUnavailableException;
import io.trackline.platform.infrastructure.StoreFailures;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A circuit breaker around the database. Closed, every call goes through; {@code threshold} failures in a
 * row that say the database cannot take requests (down, unreachable, timing out, a batch stuck past its
 * deadline) open it. Open, every call is refused at once (503 with {@code Retry-After}) without touching
 * the database, until whoever was told it opened (a probe) finds the database answering and closes it. A
 * success in between starts the count again, so a lone timeout under contention does not open it. Those
 * who hold requests waiting on the database ({@link #whenOpened}) answer them as it opens: nobody waits for
 * a deadline on a database known to be down.
 */
public final class CircuitBreaker {

    private final int threshold;
    private final long retryAfterSeconds;
    private final Consumer<String> onOpen;
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private final AtomicReference<String> openBecause = new AtomicReference<>();
    private final List<Runnable> whenOpened = new CopyOnWriteArrayList<>();

    /**
     * @param onOpen told, once per opening, why it opened; it must close the breaker when the database is back
     */
    public CircuitBreaker(int threshold, long retryAfterSeconds, Consumer<String> onOpen) {
        this.threshold = Math.max(1, threshold);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        this.onOpen = onOpen;
    }

    /** {@code refuseWaiting} is run each time the breaker opens, on the thread that opened it: it must be quick. */
    public void whenOpened(Runnable refuseWaiting) {
        whenOpened.add(refuseWaiting);
    }

    /** @throws StoreUnavailableException the breaker is open */
    public void ensureClosed() {
        if (openBecause.get() != null) {
            throw refusal();
        }
    }

    /** The refusal an open breaker answers with, for callers that complete a future rather than throw. */
    public StoreUnavailableException refusal() {
        return new StoreUnavailableException("The database is unavailable; nothing was recorded. Retry later.",
                retryAfterSeconds);
    }

    /** How long an open breaker tells callers to wait. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public boolean isOpen() {
        return openBecause.get() != null;
    }

    /** Why it opened, for the log and the readiness check; {@code null} while closed. */
    public String openBecause() {
        return openBecause.get();
    }

    /** A call failed: it counts only when the failure says the database cannot take requests. */
    public void failed(Throwable failure) {
        if (StoreFailures.isUnavailable(failure) && !isOpen()) {
            countFailure(describe(failure));
        }
    }

    /** A write took longer than its deadline: the database is as good as down for those waiting on it. */
    public void tooSlow(String what) {
        if (!isOpen()) {
            countFailure(what);
        }
    }

    public void succeeded() {
        if (failuresInARow.get() != 0) {
            failuresInARow.set(0);
        }
    }

    /** The database answers again (a probe said so): calls go through. */
    public void close() {
        failuresInARow.set(0);
        openBecause.set(null);
    }

    private void countFailure(String reason) {
        if (failuresInARow.incrementAndGet() >= threshold && openBecause.compareAndSet(null, reason)) {
            onOpen.accept(reason);
            whenOpened.forEach(Runnable::run);
        }
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
