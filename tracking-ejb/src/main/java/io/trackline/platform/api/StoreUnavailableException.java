package io.trackline.platform.api;

/**
 * The database cannot take the request now: it is down, too slow, or what waits for it has reached its
 * bound. Answered 503 with {@code Retry-After}; the detail says whether anything may have been recorded.
 */
public class StoreUnavailableException extends RetryLaterException {

    public StoreUnavailableException(String detail, long retryAfterSeconds) {
        super(detail, retryAfterSeconds);
    }

    @Override
    public Problem toProblem() {
        return Problem.typed(503, "store-unavailable", "Service Unavailable", getMessage());
    }
}
