package io.trackline.web.input;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Checks the request line of every API call before anything else reads it: each path segment and query
 * parameter must decode to UTF-8 without a NUL character, and no query parameter may carry two different
 * values
 * ({@link UrlParameters}). Refusals are 400 problems naming the parameter (or {@code path}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class RequestLineCheck implements ContainerRequestFilter {

    /** The request as sent: JAX-RS's own URI of it cannot even be made when an escape is malformed. */
    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        for (String segment : servletRequest.getRequestURI().split("/")) {
            Utf8Text.percentDecoded(segment, "path", false);
        }
        UrlParameters.parse(servletRequest.getQueryString());
    }
}
