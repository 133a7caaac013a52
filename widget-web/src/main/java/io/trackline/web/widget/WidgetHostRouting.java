package io.trackline.web.widget;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed's own widget URL form: a request to host {@code {product}-widget-{customer_code}.<domain>}
 * for {@code /{influencer_id}[/{campaign}]} is served the overlay page of
 * {@code /widget/{customer_code}/{product}/{influencer_id}[/{campaign}]}. The page's own requests
 * (assets, stream) keep their paths on that host.
 */
@Provider
@PreMatching
public class WidgetHostRouting implements ContainerRequestFilter {

    private static final Pattern WIDGET_HOST = Pattern.compile("([A-Za-z0-9][A-Za-z0-9_.-]*?)-widget-([A-Za-z0-9_-]+)\\..+");
    private static final Set<String> OWN_PATHS =
            Set.of("api", "widget", "widget-assets", "tracker", "mmp", "health", "openapi", "dashboard");

    @Override
    public void filter(ContainerRequestContext request) {
        String host = request.getHeaderString("Host");
        if (host == null || !"GET".equals(request.getMethod())) {
            return;
        }
        Matcher matcher = WIDGET_HOST.matcher(host.replaceFirst(":\\d+$", ""));
        if (!matcher.matches()) {
            return;
        }
        String[] segments = request.getUriInfo().getRequestUri().getRawPath().replaceFirst("^/", "").split("/");
        if (segments.length < 1 || segments.length > 2 || segments[0].isEmpty() || OWN_PATHS.contains(segments[0])) {
            return;
        }
        UriBuilder overlay = request.getUriInfo().getBaseUriBuilder()
                .segment("widget", matcher.group(2), matcher.group(1))
                .path(String.join("/", segments));
        request.setRequestUri(overlay.build());
    }
}
