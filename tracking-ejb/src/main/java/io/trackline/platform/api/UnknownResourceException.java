package io.trackline.platform.api;

/** Something named in the request path does not exist: answered 404. */
public class UnknownResourceException extends ProblemException {

    public UnknownResourceException(String detail) {
        super(detail);
    }

    @Override
    public Problem toProblem() {
        return Problem.of(404, getMessage());
    }
}
