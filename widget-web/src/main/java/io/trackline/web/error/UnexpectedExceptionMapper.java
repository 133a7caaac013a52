package io.trackline.web.error;

import io.trackline.platform.api.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything no other mapper claims is a fault of ours: logged with an incident id, answered as a 500 that
 * carries only that id.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        Problem problem = Problem.unexpected();
        LOG.log(Level.SEVERE, "Incident " + problem.instance(), exception);
        return ProblemResponse.of(problem);
    }
}
