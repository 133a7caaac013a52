package io.trackline.platform.api;

import java.util.List;

/** A request field the caller must correct: answered 400, naming the field by its wire name. */
public class InvalidFieldException extends ProblemException {

    private final String field;

    public InvalidFieldException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public Problem toProblem() {
        return Problem.typed(400, "invalid-request", "Invalid request", field + ": " + getMessage())
                .withErrors(List.of(new Problem.FieldError(field, getMessage())));
    }
}
