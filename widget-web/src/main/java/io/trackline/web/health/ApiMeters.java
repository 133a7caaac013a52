package io.trackline.web.health;

import io.trackline.platform.api.Meters;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts every answer of the HTTP API by resource ({@code api}: the resource class, e.g. {@code postback},
 * {@code s2s-event}, {@code auction}) and outcome: {@code trackline_api_requests_total{api, outcome}}.
 * Outcomes: {@code accepted} (1xx to 3xx), {@code refused} (4xx, and 503 with {@code Retry-After}: the
 * caller's to fix or to retry) and {@code failed} (any other 5xx: ours). A request no resource matched
 * counts under {@code api="none"}. How long each resource method takes is Liberty's own meter,
 * {@code REST_request_seconds{class, method}}.
 */
@Provider
public class ApiMeters implements ContainerResponseFilter {

    /** The counters by API and outcome, each looked up in the registry once. */
    private final Map<String, Counter> answers = new ConcurrentHashMap<>();

    @Inject
    private Meters meters;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String api = api();
        String outcome = outcome(response.getStatus());
        answers.computeIfAbsent(api + " " + outcome, key -> meters.counter("trackline_api_requests",
                "Answers of the HTTP API, by resource and outcome", new Tag("api", api), new Tag("outcome", outcome)))
                .inc();
    }

    static String outcome(int status) {
        if (status < 400) {
            return "accepted";
        }
        return status < 500 || status == 503 ? "refused" : "failed";
    }

    private String api() {
        Class<?> type = resource.getResourceClass();
        return type == null ? "none" : name(type.getSimpleName());
    }

    /** {@code S2SEventResource}: {@code s2s-event}. */
    static String name(String resourceClass) {
        String base = resourceClass.endsWith("Resource")
                ? resourceClass.substring(0, resourceClass.length() - "Resource".length()) : resourceClass;
        return base.replaceAll("([A-Z])([A-Z][a-z])", "$1-$2").replaceAll("([a-z])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT);
    }
}
