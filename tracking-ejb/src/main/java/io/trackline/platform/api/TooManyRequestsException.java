package io.trackline.platform.api;

import java.util.OptionalLong;

/**
 * A caller over one of the abuse limits (too many failed sign-ins, too many open streams): 429, with how
 * long to wait in {@code Retry-After}.
 */
public class TooManyRequestsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String detail, long retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    @Override
    public Problem toProblem() {
        return Problem.typed(429, "too-many-requests", "Too Many Requests", getMessage());
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
