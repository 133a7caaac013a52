package io.trackline.platform.api;

/**
 * This node holds as much of something as it is configured to (open overlay streams, say): 503, with how
 * long to wait in {@code Retry-After}. Another node, or this one a little later, can take the request.
 */
public class AtCapacityException extends RetryLaterException {

    public AtCapacityException(String detail, long retryAfterSeconds) {
        super(detail, retryAfterSeconds);
    }

    @Override
    public Problem toProblem() {
        return Problem.typed(503, "at-capacity", "Service Unavailable", getMessage());
    }
}
