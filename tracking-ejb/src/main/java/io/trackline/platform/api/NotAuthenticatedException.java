package io.trackline.platform.api;

/** Missing, unknown or revoked credentials: answered 401 without saying which of them it was. */
public class NotAuthenticatedException extends ProblemException {

    public NotAuthenticatedException(String detail) {
        super(detail);
    }

    @Override
    public Problem toProblem() {
        return Problem.of(401, getMessage());
    }
}
