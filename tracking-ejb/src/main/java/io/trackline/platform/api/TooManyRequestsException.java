package io.trackline.platform.api;

/**
 * A caller over one of the abuse limits (too many failed sign-ins, too many open streams): 429, with how
 * long to wait in {@code Retry-After}.
 */
public class TooManyRequestsException extends RetryLaterException {

    public TooManyRequestsException(String detail, long retryAfterSeconds) {
        super(detail, retryAfterSeconds);
    }

    @Override
    public Problem toProblem() {
        return Problem.typed(429, "too-many-requests", "Too Many Requests", getMessage());
    }
}
