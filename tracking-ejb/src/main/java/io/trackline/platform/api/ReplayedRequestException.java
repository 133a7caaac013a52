package io.trackline.platform.api;

/** A signed request seen before, or signed too long ago or ahead: 409 under replay protection. */
public class ReplayedRequestException extends ProblemException {

    public ReplayedRequestException(String detail) {
        super(detail);
    }

    @Override
    public Problem toProblem() {
        return Problem.typed(409, "replayed-request", "Replayed request", getMessage());
    }
}
