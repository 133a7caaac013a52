package io.trackline.web.widget;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
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
    /** Every request passes here: most are told apart by this, without a regular expression. */
    private static final String MARKER = "-widget-";
    private static final Set<String> OWN_PATHS =
            Set.of("api", "widget", "widget-assets", "tracker", "mmp", "health", "openapi", "dashboard");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        overlayPath(request.getHeaderString("Host"), request.getUriInfo().getRequestUri().getRawPath())
                .ifPresent(path -> request.setRequestUri(
                        request.getUriInfo().getBaseUriBuilder().path(path).build()));
    }

    /** The overlay path a widget host and path stand for, if they are of the widget's host form. */
    static Optional<String> overlayPath(String host, String rawPath) {
        if (host == null || !host.contains(MARKER)) {
            return Optional.empty();
        }
        int port = host.lastIndexOf(':');
        Matcher matcher = WIDGET_HOST.matcher(port < 0 ? host : host.substring(0, port));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String[] segments = (rawPath.startsWith("/") ? rawPath.substring(1) : rawPath).split("/", -1);
        if (segments.length > 2 || segments[0].isEmpty() || OWN_PATHS.contains(segments[0])
                || (segments.length == 2 && segments[1].isEmpty())) {
            return Optional.empty();
        }
        return Optional.of("widget/" + matcher.group(2) + "/" + matcher.group(1) + "/" + String.join("/", segments));
    }
}
