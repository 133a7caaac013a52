package io.trackline.web.retail;

import io.trackline.auction.api.AuctionResult;
import io.trackline.auction.api.AuctionTrace;
import io.trackline.auction.application.AuctionService;
import io.trackline.auction.domain.AuctionType;
import io.trackline.platform.api.UnknownResourceException;
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

/**
 * The seed's five auctions, each a signed {@code POST} for one retailer: 200 with the winners in the
 * seed's shape, 404 when nothing wins; and the decision trace of a recent auction.
 */
@Path("api/auction")
@ApplicationScoped
@ReadsSignedBody
@SignedRequest
@Produces(MediaType.APPLICATION_JSON)
public class AuctionResource {

    /** An auction group id is a UUID: 36 characters. */
    static final int MAX_AUCTION_GROUP_ID = 36;

    @Inject
    private SignedBody body;

    @Inject
    private AuthenticatedRetailer retailer;

    @Inject
    private AuctionService auctions;

    @POST
    @Path("sp/keyword/{retailer_id}")
    public AuctionResult sponsoredProductsForSearch(@PathParam("retailer_id") String retailerId) {
        return run(AuctionType.SP_KEYWORD);
    }

    @POST
    @Path("sp/category/{retailer_id}")
    public AuctionResult sponsoredProductsForCategory(@PathParam("retailer_id") String retailerId) {
        return run(AuctionType.SP_CATEGORY);
    }

    @POST
    @Path("display/keyword/{retailer_id}")
    public AuctionResult displayForSearch(@PathParam("retailer_id") String retailerId) {
        return run(AuctionType.DISPLAY_KEYWORD);
    }

    @POST
    @Path("display/category/{retailer_id}")
    public AuctionResult displayForCategory(@PathParam("retailer_id") String retailerId) {
        return run(AuctionType.DISPLAY_CATEGORY);
    }

    @POST
    @Path("display/page/{retailer_id}")
    public AuctionResult displayForPage(@PathParam("retailer_id") String retailerId) {
        return run(AuctionType.DISPLAY_PAGE);
    }

    /** Body {@code {"auction_group_id": "…"}}: how that auction (of the last 15 minutes) was decided. */
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
