package io.trackline.platform.web;

import io.trackline.platform.api.Problem;
import io.trackline.platform.infrastructure.StoreFailures;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of both web modules (mapped in their {@code web.xml}): whatever the container was about
 * to answer with an HTML error page, it answers as a problem instead, keeping the status.
 */
public class ProblemErrorServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ProblemErrorServlet.class.getName());
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final String UNAVAILABLE = "The database is unavailable; nothing was changed. Try again in a few"
            + " seconds.";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Problem problem = problemFor(request);
        response.setStatus(problem.status());
        if (problem.status() == HttpServletResponse.SC_SERVICE_UNAVAILABLE
                && response.getHeader("Retry-After") == null) {
            response.setHeader("Retry-After", "2");
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSONB.toJson(problem));
    }

    private static Problem problemFor(HttpServletRequest request) {
        Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status == null) {
            return Problem.of(404, "No resource at " + request.getRequestURI() + ".");
        }
        if (status == 500 && StoreFailures.isUnavailable(cause)) {
            return Problem.typed(503, "store-unavailable", "Service Unavailable", UNAVAILABLE);
        }
        if (status == 500) {
            Problem problem = Problem.unexpected();
            LOG.log(Level.SEVERE, "Incident " + problem.instance() + " on " + uri, cause);
            return problem;
        }
        return Problem.of(status, switch (status) {
            case 404 -> "No resource at " + uri + ".";
            case 400 -> "The request could not be read: a malformed path (not UTF-8, a broken %-escape), query or"
                    + " header.";
            case 503 -> UNAVAILABLE;
            default -> null;
        });
    }
}
