package io.trackline.platform.api;

/** An idempotency key already used for a different request: answered 422. */
public class IdempotencyConflictException extends ProblemException {

    public IdempotencyConflictException(String key) {
        super("The idempotency key '" + key + "' was already used for a different request.");
    }

    @Override
    public Problem toProblem() {
        return Problem.typed(422, "idempotency-conflict", "Idempotency key reused", getMessage());
    }
}
