package io.trackline.web.influencer;

import io.trackline.influencer.api.CustomerRef;
import io.trackline.influencer.api.PostbackCommand;
import io.trackline.influencer.api.PostbackOutcome;
import io.trackline.influencer.api.PostbackRecorder;
import io.trackline.influencer.api.Widgets;
import io.trackline.platform.api.Sha256;
import io.trackline.web.IdempotencyKey;
import io.trackline.web.JsonbConfiguration;
import io.trackline.web.security.AccessKeyAuthenticated;
import io.trackline.web.security.AuthenticatedCustomer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The partner's postback, one per conversion, and test alerts. A 200 means the postback is committed; its body says
 * whether it counted. A retry under the same {@code Idempotency-Key} (or body {@code event_id}) answers
 * the first answer again, marked {@code Idempotent-Replayed: true}, and counts nothing.
 */
@Path("tracker")
@Tag(name = "Influencer tracking", description = "Postbacks from partners, counted live on the streamers' overlays.")
@ApplicationScoped
@AccessKeyAuthenticated
public class PostbackResource {

    @Inject
    private PostbackRecorder intake;

    @EJB
    private Widgets widgets;

    @Inject
    private AuthenticatedCustomer customer;

    @Inject
    private RequestValidation validation;

    @Operation(operationId = "postback", summary = "Record a conversion (a postback)",
            description = "The brand's access key in the path authenticates the call. 200 means committed; the"
                    + " body says whether it counted. A retry with the same Idempotency-Key (or event_id) gets the"
                    + " first answer again, with Idempotent-Replayed: true.")
    @APIResponse(responseCode = "200", description = "Committed.",
            content = @Content(schema = @Schema(ref = "PostbackReceipt")))
    @POST
    @Path("{access_key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> postback(@PathParam("access_key") String accessKey,
                                              @HeaderParam(IdempotencyKey.HEADER) String idempotencyHeader,
                                              PostbackRequest body) {
        PostbackRequest request = validation.valid(body == null ? null : body.normalized());
        PostbackCommand command = command(customer.get(), request, idempotencyKey(idempotencyHeader, request));
        return intake.record(command).thenApply(PostbackResource::answer);
    }

    private static Response answer(PostbackOutcome outcome) {
        Response.ResponseBuilder response = Response.ok(outcome.receipt());
        if (outcome.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    /** Pops an alert on the overlays of a widget, storing and counting nothing: for setting a widget up. */
    @Operation(operationId = "testAlert", summary = "Pop a test alert on a widget's overlays",
            description = "Stores and counts nothing: for setting a widget up. The brand's access key in the path"
                    + " authenticates the call.")
    @APIResponse(responseCode = "202", description = "Sent to the overlays that are open.")
    @POST
    @Path("{access_key}/test-alert")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response testAlert(@PathParam("access_key") String accessKey, TestAlertRequest body) {
        TestAlertRequest request = validation.valid(body);
        String eventType = request.eventType() == null ? PostbackCommand.DEFAULT_EVENT_TYPE : request.eventType();
        widgets.testAlert(customer.get(), request.product(), request.influencerId().strip(), eventType,
                request.campaign());
        return Response.accepted().build();
    }

    private PostbackCommand command(CustomerRef caller, PostbackRequest request, String idempotencyKey) {
        String eventType = request.eventType() == null ? PostbackCommand.DEFAULT_EVENT_TYPE : request.eventType();
        return new PostbackCommand(caller, request.product(), request.influencerId(), eventType,
                request.eventName(), request.campaign(), request.medium(), request.source(), request.ip(),
                request.country(), request.userAgent(), idempotencyKey,
                idempotencyKey == null ? null : Sha256.hex(JsonbConfiguration.jsonb().toJson(request)));
    }

    private static String idempotencyKey(String header, PostbackRequest request) {
        String key = IdempotencyKey.of(header);
        return key == null ? request.eventId() : key;
    }
}
