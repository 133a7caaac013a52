package io.trackline.platform.api;

/**
 * The database's circuit breaker as the web sees it: while it is open, requests that need the database are
 * refused (503 with {@code Retry-After}) at once, and readiness is DOWN; a probe closes it once the
 * database answers again.
 */
public interface DatabaseCircuit {

    boolean isOpen();

    /** Why it is open, or {@code null} while it is closed. */
    String openBecause();

    /** What a refusal tells the client to wait before it retries. */
    long retryAfterSeconds();

    /** Refuses ({@link StoreUnavailableException}) while the breaker is open. */
    void ensureClosed();

    /** Whether the failure says the database cannot take requests (down, unreachable, timing out). */
    boolean isOutage(Throwable failure);

    /** Counts a failure of the database towards opening the breaker. */
    void failed(Throwable failure);
}
