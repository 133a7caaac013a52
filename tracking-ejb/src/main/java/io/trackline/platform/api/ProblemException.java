package io.trackline.platform.api;

import jakarta.ejb.ApplicationException;
import java.util.OptionalLong;

/**
 * An error the caller can act on, carrying the problem it is answered with. Thrown through enterprise
 * beans unwrapped, rolling their transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ProblemException extends RuntimeException {

    protected ProblemException(String detail) {
        super(detail);
    }

    public abstract Problem toProblem();

    /** How many seconds the caller should wait before trying again ({@code Retry-After}), if it should. */
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.empty();
    }
}
