package io.trackline.web.error;

import io.trackline.platform.api.Problem;
import jakarta.ws.rs.core.Response;

/** The one way a problem becomes a JAX-RS response. */
final class ProblemResponse {

    private ProblemResponse() {
    }

    static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    static Response of(Problem problem) {
        return builder(problem).build();
    }
}
