package io.trackline.web.error;

import io.trackline.platform.api.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bean Validation failures of a request as a 400 listing each offending field by its wire (snake_case)
 * name. A violation on a return value is the server's fault, not the caller's: 500.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    private static final Logger LOG = Logger.getLogger(ConstraintViolationMapper.class.getName());

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Set<ConstraintViolation<?>> violations = exception.getConstraintViolations();
        if (violations.stream().anyMatch(ConstraintViolationMapper::onReturnValue)) {
            Problem problem = Problem.unexpected();
            LOG.log(Level.SEVERE, "Incident " + problem.instance() + ": invalid response", exception);
            return ProblemResponse.of(problem);
        }
        return ProblemResponse.of(problemFor(violations));
    }

    static Problem problemFor(Set<ConstraintViolation<?>> violations) {
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(WireNames.of(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.reason())
                .reduce((a, b) -> a + "; " + b).orElse("The request is invalid.");
        return Problem.typed(400, "invalid-request", "Invalid request", detail).withErrors(errors);
    }

    private static boolean onReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }
}
