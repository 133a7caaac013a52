package io.trackline.platform.api;

/** The caller is who it says, but may not do this (another tenant's data, say): 403. */
public class AccessDeniedException extends ProblemException {

    public AccessDeniedException(String detail) {
        super(detail);
    }

    @Override
    public Problem toProblem() {
        return Problem.of(403, getMessage());
    }
}
