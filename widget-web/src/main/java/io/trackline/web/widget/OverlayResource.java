package io.trackline.web.widget;

import io.trackline.influencer.api.WidgetKey;
import io.trackline.influencer.api.WidgetSettings;
import io.trackline.influencer.api.Widgets;
import io.trackline.web.JsonbConfiguration;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The overlay page a streamer adds to OBS as a browser source: transparent, fed by the widget's stream,
 * styled by the product's settings. Its content security policy keeps it from loading anything from
 * another host, custom CSS included.
 */
@Path("widget/{customer_code}/{product}/{influencer_id}")
@Tag(name = "Live widget", description = "The streamers' overlays and the live stream that feeds them.")
@RequestScoped
public class OverlayResource {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; media-src 'self' data:;"
            + " base-uri 'none'; form-action 'none'";

    /** Read on first use, so that the application starts whatever happens to the template. */
    private static final class Template {
        static final String HTML = new String(WidgetAssetResource.read("overlay.html"), StandardCharsets.UTF_8);
    }

    @PathParam("customer_code")
    private String customerCode;

    @PathParam("product")
    private String product;

    @PathParam("influencer_id")
    private String influencerId;

    @EJB
    private Widgets widgets;

    @Operation(operationId = "overlay", summary = "The overlay page, for OBS as a browser source")
    @APIResponse(responseCode = "200", description = "The page.",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response overlay() {
        return page(null);
    }

    @Operation(operationId = "campaignOverlay", summary = "The overlay page of one campaign")
    @APIResponse(responseCode = "200", description = "The page.",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("{campaign}")
    @Produces(MediaType.TEXT_HTML)
    public Response campaignOverlay(@PathParam("campaign") String campaign) {
        return page(campaign);
    }

    private Response page(String campaign) {
        WidgetKey widget = WidgetAddress.of(customerCode, product, influencerId, campaign);
        WidgetSettings settings = widgets.settings(widget);
        String html = Template.HTML
                .replace("{{TITLE}}", htmlText(influencerId + " · " + product))
                .replace("{{CUSTOM_CSS}}", settings.customCss() == null ? "" : settings.customCss().replace("<", ""))
                .replace("{{CONFIG_JSON}}", configJson(widget, settings));
        return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static String configJson(WidgetKey widget, WidgetSettings settings) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("stream_url", streamUrl(widget));
        config.put("influencer_id", widget.influencerId());
        config.put("campaign", widget.campaign());
        config.put("settings", settings);
        return JsonbConfiguration.jsonb().toJson(config).replace("<", "\\u003c");
    }

    static String streamUrl(WidgetKey widget) {
        String path = "/api/widgets/" + segment(widget.customerCode()) + "/" + segment(widget.product()) + "/"
                + segment(widget.influencerId()) + "/events";
        return widget.campaign() == null ? path : path + "?campaign=" + URLEncoder.encode(widget.campaign(),
                StandardCharsets.UTF_8);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String htmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
