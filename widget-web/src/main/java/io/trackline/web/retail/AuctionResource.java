package io.trackline.web.retail;

import io.trackline.auction.api.AuctionResult;
import io.trackline.auction.api.AuctionTrace;
import io.trackline.auction.api.AuctionType;
import io.trackline.auction.api.Auctions;
import io.trackline.platform.api.UnknownResourceException;
import io.trackline.web.error.ServedWhileDatabaseDown;
import io.trackline.web.openapi.ApiSecurity;
import io.trackline.web.retail.AuctionRequestReader.AuctionRequest;
import io.trackline.web.security.AuthenticatedRetailer;
import io.trackline.web.security.SignedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The seed's five auctions, each a signed {@code POST} for one retailer: 200 with the winners in the
 * seed's shape, 404 when nothing wins; and the decision trace of a recent auction.
 */
@Path("api/auction")
@Tag(name = "Retail media",
        description = "Sponsored-product and display auctions, shoppers' events and reports, for retailers.")
@SecurityRequirement(name = ApiSecurity.SEED_SIGNATURE)
@SecurityRequirement(name = ApiSecurity.STANDARD_WEBHOOKS)
@ApplicationScoped
@ReadsSignedBody
@SignedRequest
@ServedWhileDatabaseDown
@Produces(MediaType.APPLICATION_JSON)
public class AuctionResource {

    /** An auction group id is a UUID: 36 characters. */
    static final int MAX_AUCTION_GROUP_ID = 36;

    private static final String AUCTION = "The winners in the seed's shape; 404 when nothing wins. Served while the"
            + " database is down.";

    @Inject
    private SignedBody body;

    @Inject
    private AuthenticatedRetailer retailer;

    @Inject
    private Auctions auctions;

    @Operation(operationId = "auctionSponsoredProductsForSearch",
            summary = "Run a sponsored-product auction for a search",
            description = AUCTION)
    @APIResponse(responseCode = "200", description = "The winners.",
            content = @Content(schema = @Schema(ref = "AuctionResult")))
    @POST
    @Path("sp/keyword/{retailer_id}")
    public AuctionResult sponsoredProductsForSearch(@PathParam("retailer_id") String retailerId) {
        return run(AuctionType.SP_KEYWORD);
    }

    @Operation(operationId = "auctionSponsoredProductsForCategory",
            summary = "Run a sponsored-product auction for a category",
            description = AUCTION)
    @APIResponse(responseCode = "200", description = "The winners.",
            content = @Content(schema = @Schema(ref = "AuctionResult")))
    @POST
    @Path("sp/category/{retailer_id}")
    public AuctionResult sponsoredProductsForCategory(@PathParam("retailer_id") String retailerId) {
        return run(AuctionType.SP_CATEGORY);
    }

    @Operation(operationId = "auctionDisplayForSearch", summary = "Run a display auction for a search",
            description = AUCTION)
    @APIResponse(responseCode = "200", description = "The winners.",
            content = @Content(schema = @Schema(ref = "AuctionResult")))
    @POST
    @Path("display/keyword/{retailer_id}")
    public AuctionResult displayForSearch(@PathParam("retailer_id") String retailerId) {
        return run(AuctionType.DISPLAY_KEYWORD);
    }

    @Operation(operationId = "auctionDisplayForCategory", summary = "Run a display auction for a category",
            description = AUCTION)
    @APIResponse(responseCode = "200", description = "The winners.",
            content = @Content(schema = @Schema(ref = "AuctionResult")))
    @POST
    @Path("display/category/{retailer_id}")
    public AuctionResult displayForCategory(@PathParam("retailer_id") String retailerId) {
        return run(AuctionType.DISPLAY_CATEGORY);
    }

    @Operation(operationId = "auctionDisplayForPage", summary = "Run a display auction for a product page",
            description = AUCTION)
    @APIResponse(responseCode = "200", description = "The winners.",
            content = @Content(schema = @Schema(ref = "AuctionResult")))
    @POST
    @Path("display/page/{retailer_id}")
    public AuctionResult displayForPage(@PathParam("retailer_id") String retailerId) {
        return run(AuctionType.DISPLAY_PAGE);
    }

    /** Body {@code {"auction_group_id": "…"}}: how that auction (of the last 15 minutes) was decided. */
    @Operation(operationId = "auctionTrace", summary = "Explain a recent auction",
            description = "Body: auction_group_id. Every candidate, its score and why it lost.")
    @APIResponse(responseCode = "200", description = "The decision trace.",
            content = @Content(schema = @Schema(ref = "AuctionTrace")))
    @POST
    @Path("trace/{retailer_id}")
    public AuctionTrace trace(@PathParam("retailer_id") String retailerId) {
        String auctionGroupId = auctionGroupId(body.object());
        return auctions.trace(retailer.get().id(), auctionGroupId).orElseThrow(() -> new UnknownResourceException(
                "No recent auction " + auctionGroupId + " of this retailer."));
    }

    private AuctionResult run(AuctionType type) {
        AuctionRequest request = AuctionRequestReader.read(body.object(), type);
        AuctionResult result = auctions.run(retailer.get().id(), request.query(), request.platformType(),
                request.uid());
        if (result.winningBids().isEmpty()) {
            throw new UnknownResourceException("No ad won auction " + result.auctionGroupId() + ".");
        }
        return result;
    }

    private static String auctionGroupId(JsonObject json) {
        SignedJson.only(json, "", Set.of("auction_group_id"));
        return SignedJson.text(json, "auction_group_id", MAX_AUCTION_GROUP_ID);
    }
}
