package io.trackline.web.mmp;

import io.trackline.web.error.RequestBodyReading;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the parameters of an S2S request once, before authentication: the query string first, then the
 * body (form or JSON), each name keeping its first non-blank value; a name given two different values is
 * refused (400). An unreadable body is the caller's error: too long (413), not UTF-8 or malformed (400), or
 * of another type (415).
 */
@Provider
@ReadsS2SParameters
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class S2SParameterReading implements ContainerRequestFilter {

    @Inject
    private S2SParameters parameters;

    @Override
    public void filter(ContainerRequestContext request) {
        Map<String, String> values = new LinkedHashMap<>();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            parameter.getValue().forEach(value -> S2SBody.keepFirst(values, parameter.getKey(), value));
        }
        if (request.hasEntity()) {
            S2SBody.parse(request.getMediaType(), body(request))
                    .forEach((name, value) -> S2SBody.keepFirst(values, name, value));
        }
        parameters.read(values, request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    private static byte[] body(ContainerRequestContext request) {
        try {
            return request.getEntityStream().readAllBytes();
        } catch (IOException e) {
            throw RequestBodyReading.rejection(e);
        }
    }
}
