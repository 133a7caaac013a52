package io.trackline.web.admin;

import io.trackline.platform.api.ApiCaller;
import io.trackline.retail.api.IssuedSigningKey;
import io.trackline.retail.api.RetailerManagement;
import io.trackline.retail.api.RetailerView;
import io.trackline.retail.api.SigningKeyView;
import io.trackline.web.openapi.ApiSecurity;
import io.trackline.web.security.ApiCallers;
import io.trackline.web.security.TenantOf;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Retailers and their signing keys, for an admin (every retailer; only an admin adds one) or a retailer's
 * own API client (its retailer). A key's secret is in the answer that issues it, never again.
 */
@Path("api/admin/retailers")
@Tag(name = "Management", description = "Retailers and their signing keys, for API clients.")
@SecurityRequirement(name = ApiSecurity.API_CLIENT)
@APIResponse(responseCode = "401", description = "No valid bearer token: Liberty's own answer, with"
        + " WWW-Authenticate: Bearer and no body.")
@ApplicationScoped
@RolesAllowed({ApiCaller.ADMIN, "retailer"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetailerAdminResource {

    @EJB
    private RetailerManagement administration;

    @Inject
    private JsonWebToken token;

    @Operation(operationId = "listRetailers", summary = "List the retailers",
            description = "Every retailer for an admin; a retailer's own client sees its own.")
    @APIResponse(responseCode = "200", description = "The retailers.",
            content = @Content(schema = @Schema(ref = "RetailerViews")))
    @GET
    public List<RetailerView> retailers() {
        ApiCaller caller = ApiCallers.of(token);
        return caller.admin() ? administration.retailers()
                : List.of(administration.retailer(Long.parseLong(caller.tenant())));
    }

    @Operation(operationId = "addRetailer", summary = "Add a retailer (admins only)")
    @APIResponse(responseCode = "201", description = "Added; Location names it.",
            content = @Content(schema = @Schema(ref = "RetailerView")))
    @POST
    @RolesAllowed(ApiCaller.ADMIN)
    public Response add(@Valid @NotNull(message = "A retailer is required.") RetailerRequest request) {
        RetailerView added = administration.create(request.id(), request.forNewRetailer());
        return Response.created(UriBuilder.fromPath("/api/admin/retailers/{id}").build(added.id()))
                .entity(added).build();
    }

    @Operation(operationId = "getRetailer", summary = "Get a retailer")
    @APIResponse(responseCode = "200", description = "The retailer.",
            content = @Content(schema = @Schema(ref = "RetailerView")))
    @GET
    @Path("{retailer_id}")
    @TenantOf("retailer_id")
    public RetailerView retailer(@PathParam("retailer_id") long retailerId) {
        return administration.retailer(retailerId);
    }

    @Operation(operationId = "changeRetailer", summary = "Change a retailer's settings",
            description = "Only the fields given change.")
    @APIResponse(responseCode = "200", description = "The retailer as changed.",
            content = @Content(schema = @Schema(ref = "RetailerView")))
    @PATCH
    @Path("{retailer_id}")
    @TenantOf("retailer_id")
    public RetailerView change(@PathParam("retailer_id") long retailerId,
                               @Valid @NotNull(message = "The changes are required.") RetailerRequest changes) {
        return administration.update(retailerId, changes.appliedTo(administration.retailer(retailerId).settings()));
    }

    @Operation(operationId = "listSigningKeys", summary = "List a retailer's signing keys",
            description = "Without their secrets.")
    @APIResponse(responseCode = "200", description = "The keys, oldest first.",
            content = @Content(schema = @Schema(ref = "SigningKeyViews")))
    @GET
    @Path("{retailer_id}/keys")
    @TenantOf("retailer_id")
    public List<SigningKeyView> keys(@PathParam("retailer_id") long retailerId) {
        return administration.keys(retailerId);
    }

    @Operation(operationId = "issueSigningKey", summary = "Issue a signing key",
            description = "The answer holds the key's secret, and its whsec_ form for Standard Webhooks: they are"
                    + " never shown again.")
    @APIResponse(responseCode = "201", description = "Issued; Location names the key.",
            content = @Content(schema = @Schema(ref = "IssuedSigningKey")))
    @POST
    @Path("{retailer_id}/keys")
    @TenantOf("retailer_id")
    public Response issueKey(@PathParam("retailer_id") long retailerId,
                             @Valid @NotNull(message = "A key label is required.") SigningKeyRequest request) {
        IssuedSigningKey issued = administration.issueKey(retailerId, request.label().strip(), request.validFrom(),
                request.validUntil());
        return Response.created(UriBuilder.fromPath("/api/admin/retailers/{retailer}/keys/{key}")
                        .build(retailerId, issued.key().id()))
                .header("Cache-Control", "no-store").entity(issued).build();
    }

    /** Body {@code {"valid_until": "…"}}: the key stops signing then (rotation with overlap). */
    @Operation(operationId = "endSigningKey", summary = "Set when a signing key stops signing",
            description = "For rotation with overlap: the old key signs until valid_until, the new one from its"
                    + " valid_from.")
    @APIResponse(responseCode = "200", description = "The key as changed.",
            content = @Content(schema = @Schema(ref = "SigningKeyView")))
    @PATCH
    @Path("{retailer_id}/keys/{key_id}")
    @TenantOf("retailer_id")
    public SigningKeyView endKey(@PathParam("retailer_id") long retailerId, @PathParam("key_id") long keyId,
                                 @NotNull(message = "valid_until is required (null: until revoked).")
                                 SigningKeyEnd end) {
        return administration.endKey(retailerId, keyId, end.validUntil());
    }

    @Operation(operationId = "revokeSigningKey", summary = "Revoke a signing key at once")
    @APIResponse(responseCode = "200", description = "The key as revoked.",
            content = @Content(schema = @Schema(ref = "SigningKeyView")))
    @DELETE
    @Path("{retailer_id}/keys/{key_id}")
    @TenantOf("retailer_id")
    public SigningKeyView revokeKey(@PathParam("retailer_id") long retailerId, @PathParam("key_id") long keyId) {
        return administration.revokeKey(retailerId, keyId);
    }
}
