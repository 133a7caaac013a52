package io.trackline.web.admin;

import io.trackline.platform.api.ApiCaller;
import io.trackline.retail.api.IssuedSigningKey;
import io.trackline.retail.api.RetailerView;
import io.trackline.retail.api.SigningKeyView;
import io.trackline.retail.application.RetailerAdministration;
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

/**
 * Retailers and their signing keys, for an admin (every retailer; only an admin adds one) or a retailer's
 * own API client (its retailer). A key's secret is in the answer that issues it, never again.
 */
@Path("api/admin/retailers")
@ApplicationScoped
@RolesAllowed({ApiCaller.ADMIN, "retailer"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetailerAdminResource {

    @EJB
    private RetailerAdministration administration;

    @Inject
    private JsonWebToken token;

    @GET
    public List<RetailerView> retailers() {
        ApiCaller caller = ApiCallers.of(token);
        return caller.admin() ? administration.retailers()
                : List.of(administration.retailer(Long.parseLong(caller.tenant())));
    }

    @POST
    @RolesAllowed(ApiCaller.ADMIN)
    public Response add(@Valid @NotNull(message = "A retailer is required.") RetailerRequest request) {
        RetailerView added = administration.create(request.id(), request.forNewRetailer());
        return Response.created(UriBuilder.fromPath("/api/admin/retailers/{id}").build(added.id()))
                .entity(added).build();
    }

    @GET
    @Path("{retailer_id}")
    @TenantOf("retailer_id")
    public RetailerView retailer(@PathParam("retailer_id") long retailerId) {
        return administration.retailer(retailerId);
    }

    @PATCH
    @Path("{retailer_id}")
    @TenantOf("retailer_id")
    public RetailerView change(@PathParam("retailer_id") long retailerId,
                               @Valid @NotNull(message = "The changes are required.") RetailerRequest changes) {
        return administration.update(retailerId, changes.appliedTo(administration.retailer(retailerId).settings()));
    }

    @GET
    @Path("{retailer_id}/keys")
    @TenantOf("retailer_id")
    public List<SigningKeyView> keys(@PathParam("retailer_id") long retailerId) {
        return administration.keys(retailerId);
    }

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
    @PATCH
    @Path("{retailer_id}/keys/{key_id}")
    @TenantOf("retailer_id")
    public SigningKeyView endKey(@PathParam("retailer_id") long retailerId, @PathParam("key_id") long keyId,
                                 @NotNull(message = "valid_until is required (null: until revoked).")
                                 SigningKeyEnd end) {
        return administration.endKey(retailerId, keyId, end.validUntil());
    }

    @DELETE
    @Path("{retailer_id}/keys/{key_id}")
    @TenantOf("retailer_id")
    public SigningKeyView revokeKey(@PathParam("retailer_id") long retailerId, @PathParam("key_id") long keyId) {
        return administration.revokeKey(retailerId, keyId);
    }
}
