package io.trackline.web.error;

import io.trackline.platform.api.DatabaseCircuit;
import io.trackline.platform.api.Problem;
import io.trackline.platform.api.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper claims. A problem wrapped on its way (by a completion stage or an enterprise
 * bean) is answered as itself. A database that cannot take the request answers 503 with
 * {@code Retry-After}, and counts towards opening its circuit breaker; anything else is a fault of ours,
 * logged with an incident id and answered as a 500 that carries only that id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    static final int RETRY_AFTER_SECONDS = 2;

    @Inject
    private DatabaseCircuit breaker;

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return new ProblemExceptionMapper().toResponse(problem);
            }
        }
        if (breaker.isOutage(exception)) {
            breaker.failed(exception);
            LOG.log(Level.WARNING, "The database cannot take requests: {0}", exception.toString());
            Problem problem = Problem.typed(503, "store-unavailable", "Service Unavailable",
                    "The database cannot take this request now; nothing was recorded. Retry later.");
            return ProblemResponse.builder(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        Problem problem = Problem.unexpected();
        LOG.log(Level.SEVERE, "Incident " + problem.instance(), exception);
        return ProblemResponse.of(problem);
    }
}
