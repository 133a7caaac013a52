package io.trackline.platform.api;

import java.util.OptionalLong;

/** A refusal that ends by itself: the caller is told how many seconds to wait, in {@code Retry-After}. */
public abstract class RetryLaterException extends ProblemException {

    private final long retryAfterSeconds;

    protected RetryLaterException(String detail, long retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(retryAfterSeconds);
    }
}
