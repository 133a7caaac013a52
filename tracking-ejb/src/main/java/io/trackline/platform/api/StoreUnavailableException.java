package io.trackline.platform.api;

/**
 * The database cannot take the request now: it is down, too slow, or what waits for it has reached its
 * bound. Answered 503 with {@code Retry-After}; the detail says whether anything may have been recorded.
 */
public class StoreUnavailableException extends RetryLaterException {

    public StoreUnavailableException(String detail, long retryAfterSeconds) {
        super(detail, retryAfterSeconds);
    }

    /**
     * The request was cut short while it may have been committed: {@code what} happened, and a retry under
     * the same idempotency key tells whether it was.
     */
    public static StoreUnavailableException mayBeRecorded(String what, long retryAfterSeconds) {
        return new StoreUnavailableException(what + "; it may or may not be recorded. Retry with the same"
                + " idempotency key.", retryAfterSeconds);
    }

    @Override
    public Problem toProblem() {
        return Problem.typed(503, "store-unavailable", "Service Unavailable", getMessage());
    }
}
