package io.trackline.platform.api;

import jakarta.ejb.ApplicationException;

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
}
