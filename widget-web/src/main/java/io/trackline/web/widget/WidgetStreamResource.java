package io.trackline.web.widget;

import io.trackline.influencer.api.WidgetKey;
import io.trackline.influencer.api.WidgetSnapshot;
import io.trackline.influencer.api.Widgets;
import io.trackline.platform.web.ClientAddresses;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A widget's live stream and its totals. {@code campaign} filters both to one campaign. An overlay that
 * reconnects sends the last id it saw, as {@code Last-Event-ID} or, where it cannot set headers, as
 * {@code last_event_id}. Streams are capped per widget, per client address and per node
 * ({@link OverlayStreamCaps}).
 */
@Path("api/widgets/{customer_code}/{product}/{influencer_id}")
@Tag(name = "Live widget")
@RequestScoped
public class WidgetStreamResource {

    @PathParam("customer_code")
    private String customerCode;

    @PathParam("product")
    private String product;

    @PathParam("influencer_id")
    private String influencerId;

    @QueryParam("campaign")
    private String campaign;

    @EJB
    private Widgets widgets;

    @Inject
    private OverlayConnections connections;

    @Inject
    private ClientAddresses addresses;

    @Context
    private HttpServletRequest request;

    @Operation(operationId = "widgetEvents", summary = "The widget's live stream (server-sent events)",
            description = "A snapshot of the totals first, then an event per counted postback. A client that"
                    + " reconnects sends the last id it saw (Last-Event-ID, or last_event_id) and gets what it"
                    + " missed.")
    @APIResponse(responseCode = "200", description = "The stream.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@HeaderParam("Last-Event-ID") String lastEventIdHeader,
                       @QueryParam("last_event_id") String lastEventIdParameter,
                       @Context SseEventSink sink, @Context Sse sse) {
        String lastEventId = lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParameter;
        connections.open(widget(), addresses.of(request), sequence(lastEventId), sink, sse);
    }

    @Operation(operationId = "widgetTotals", summary = "The widget's totals now")
    @GET
    @Path("totals")
    @Produces(MediaType.APPLICATION_JSON)
    public WidgetTotalsView totals() {
        WidgetKey widget = widget();
        WidgetSnapshot snapshot = widgets.snapshot(widget);
        return new WidgetTotalsView(widget.influencerId(), widget.campaign(), snapshot.totals(), snapshot.total(),
                snapshot.sequence(), GoalProgress.of(widgets.settings(widget).goal(), snapshot));
    }

    private WidgetKey widget() {
        return WidgetAddress.of(customerCode, product, influencerId, campaign);
    }

    /** An id the overlay sent back; anything that is not one of ours means "start afresh". */
    private static Long sequence(String lastEventId) {
        if (lastEventId == null || !lastEventId.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(lastEventId);
    }
}
