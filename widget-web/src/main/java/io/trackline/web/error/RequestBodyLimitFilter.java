package io.trackline.web.error;

import io.trackline.platform.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies over {@code trackline.http.max-body-bytes} with 413: at once when the declared length is
 * too long, and while reading when a chunked body runs past the limit.
 */
@Provider
@PreMatching
@ApplicationScoped
public class RequestBodyLimitFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "trackline.http.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBodyBytes) {
            request.abortWith(ProblemResponse.of(tooLarge(maxBodyBytes)));
        } else if (request.hasEntity()) {
            request.setEntityStream(new BoundedInputStream(request.getEntityStream(), maxBodyBytes));
        }
    }

    static Problem tooLarge(long limit) {
        return Problem.typed(413, "payload-too-large", "Content Too Large",
                "The request body is larger than " + limit + " bytes.");
    }
}
