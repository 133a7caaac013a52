package io.trackline.web.mmp;

import io.trackline.mmp.api.EventOutcome;
import io.trackline.mmp.api.EventRecorder;
import io.trackline.web.IdempotencyKey;
import io.trackline.web.openapi.ApiSecurity;
import io.trackline.web.security.AuthenticatedApp;
import io.trackline.web.security.S2STokenAuthenticated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The seed's event calls, GET or POST alike. {@code postback} registers an event ({@code user_id} and
 * {@code event_id} required); {@code s2sevent} also requires the visitor ({@code user_ip}, {@code user_ua})
 * and, without {@code event_id}, only attributes the user. A 200 means committed; its body says whether the
 * event was a duplicate and how the user is attributed. A retry under the same {@code Idempotency-Key}
 * answers the first answer again, marked {@code Idempotent-Replayed: true}.
 */
@Path("mmp")
@Tag(name = "App measurement", description = "Server-to-server app and web events, clicks and attribution.")
@SecurityRequirement(name = ApiSecurity.S2S_TOKEN)
@APIResponse(responseCode = "200", description = "Committed.",
        content = @Content(schema = @Schema(ref = "EventReceipt")))
@ApplicationScoped
@ReadsS2SParameters
@S2STokenAuthenticated
public class S2SEventResource {

    private static final String POSTBACK = "Registers an app event: user_id and event_id required, and the seed's"
            + " other parameters (see the README), as query or form parameters. 200 means committed; the body says"
            + " whether it was a duplicate and how the user is attributed.";
    private static final String S2S_EVENT = "Like the postback, and also requires the visitor (user_ip, user_ua);"
            + " without event_id it only attributes the user. 200 means committed.";

    @Inject
    private S2SParameters parameters;

    @Inject
    private AuthenticatedApp app;

    @Inject
    private EventRecorder intake;

    @Operation(operationId = "appPostback", summary = "Record an app event (GET)", description = POSTBACK)
    @GET
    @Path("postback")
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> postback(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        return record(false, idempotencyKey);
    }

    @Operation(operationId = "appPostbackPosted", summary = "Record an app event (POST)", description = POSTBACK)
    @POST
    @Path("postback")
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> postbackPosted(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        return record(false, idempotencyKey);
    }

    @Operation(operationId = "s2sEvent", summary = "Record a server-to-server event (GET)", description = S2S_EVENT)
    @GET
    @Path("s2sevent")
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> s2sEvent(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        return record(true, idempotencyKey);
    }

    @Operation(operationId = "s2sEventPosted", summary = "Record a server-to-server event (POST)",
            description = S2S_EVENT)
    @POST
    @Path("s2sevent")
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> s2sEventPosted(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        return record(true, idempotencyKey);
    }

    private CompletionStage<Response> record(boolean visitorRequired, String idempotencyHeader) {
        return intake.record(S2SEventRequest.command(parameters, app.get(), visitorRequired,
                IdempotencyKey.of(idempotencyHeader))).thenApply(S2SEventResource::answer);
    }

    private static Response answer(EventOutcome outcome) {
        Response.ResponseBuilder response = Response.ok(outcome.receipt());
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }
}
