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
 * too long, and while reading when a chunked body runs past the limit. A retailer's catalog feed, which
 * carries thousands of products, has a limit of its own: {@code trackline.http.max-catalog-bytes}.
 */
@Provider
@PreMatching
@ApplicationScoped
public class RequestBodyLimitFilter implements ContainerRequestFilter {

    private static final String CATALOG_PATH = "api/catalog/";

    @Inject
    @ConfigProperty(name = "trackline.http.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "trackline.http.max-catalog-bytes", defaultValue = "8388608")
    long maxCatalogBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean catalog = path.startsWith(CATALOG_PATH) || path.startsWith(CATALOG_PATH, 1);
        long limit = catalog ? maxCatalogBytes : maxBodyBytes;
        if (request.getLength() > limit) {
            request.abortWith(ProblemResponse.of(tooLarge(limit)));
        } else if (request.hasEntity()) {
            request.setEntityStream(new BoundedInputStream(request.getEntityStream(), limit));
        }
    }

    static Problem tooLarge(long limit) {
        return Problem.typed(413, "payload-too-large", "Content Too Large",
                "The request body is larger than " + limit + " bytes.");
    }
}
