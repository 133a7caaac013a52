package io.trackline.platform.api;

import java.util.OptionalLong;

/**
 * A copy of a request that is still being answered: 409, with {@code Retry-After}. Once the first copy has
 * answered, a repeat gets that answer (or is refused as a replay); if the first failed, the repeat runs.
 */
public class RequestInProgressException extends ProblemException {

    public RequestInProgressException(String detail) {
        super(detail);
    }

    @Override
    public Problem toProblem() {
        return Problem.typed(409, "request-in-progress", "Request in progress", getMessage());
    }

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(1);
    }
}
