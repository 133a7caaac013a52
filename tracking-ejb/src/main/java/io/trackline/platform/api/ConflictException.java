package io.trackline.platform.api;

/** The request would create what exists already: 409. */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(detail);
    }

    @Override
    public Problem toProblem() {
        return Problem.of(409, getMessage());
    }
}
