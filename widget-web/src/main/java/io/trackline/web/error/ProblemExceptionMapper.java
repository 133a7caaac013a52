package io.trackline.web.error;

import io.trackline.platform.api.ProblemException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors the services raise in the caller's terms (invalid field, unknown key, reused idempotency key...). */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException exception) {
        return ProblemResponse.of(exception.toProblem());
    }
}
