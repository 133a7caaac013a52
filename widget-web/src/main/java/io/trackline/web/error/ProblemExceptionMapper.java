package io.trackline.web.error;

import io.trackline.platform.api.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the services raise in the caller's terms (invalid field, unknown key, reused idempotency key, too
 * many requests...), with {@code Retry-After} when the caller should come back later.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException exception) {
        Response.ResponseBuilder response = ProblemResponse.builder(exception.toProblem());
        exception.retryAfterSeconds().ifPresent(seconds -> response.header("Retry-After", seconds));
        return response.build();
    }
}
