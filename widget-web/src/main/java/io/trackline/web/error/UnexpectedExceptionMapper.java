package io.trackline.web.error;

import io.trackline.platform.api.Problem;
import io.trackline.platform.infrastructure.StoreFailures;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper claims: a database that cannot take the request answers 503 with
 * {@code Retry-After}; anything else is a fault of ours, logged with an incident id and answered as a 500
 * that carries only that id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public Response toResponse(Throwable exception) {
        if (StoreFailures.isUnavailable(exception)) {
            LOG.log(Level.WARNING, "The database cannot take requests: " + exception);
            Problem problem = Problem.typed(503, "store-unavailable", "Service Unavailable",
                    "The store cannot take this request now; nothing was recorded. Retry later.");
            return ProblemResponse.builder(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        Problem problem = Problem.unexpected();
        LOG.log(Level.SEVERE, "Incident " + problem.instance(), exception);
        return ProblemResponse.of(problem);
    }
}
