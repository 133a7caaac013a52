package io.trackline.web.retail;

import io.trackline.auction.api.ClickReceipt;
import io.trackline.auction.api.ConversionReceipt;
import io.trackline.auction.api.Conversions;
import io.trackline.auction.api.Impressions;
import io.trackline.auction.api.RetailClicks;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.retail.api.RetailCatalog;
import io.trackline.web.openapi.ApiSecurity;
import io.trackline.web.security.AuthenticatedRetailer;
import io.trackline.web.security.SignedRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What shoppers did, as a retailer reports it (signed): a click on an auction's winner
 * ({@code auction_id}, {@code uid}), billed once; an add-to-cart and a purchase ({@code uid}, {@code lines};
 * a purchase's {@code order_id}, an add-to-cart's optional {@code event_id} (under Standard Webhooks, its
 * {@code webhook-id} when it has none, so that a repeat counts once even on another node or after a restart)
 * and {@code auction_id}), each line attributed to the shopper's clicks; and products shown ({@code uid},
 * {@code product_ids}, optional {@code auction_ids}), which keep the products of a retailer without stock
 * data available to auctions and, for a retailer counting impressions on shown, count the winners named.
 */
@Path("api/event")
@Tag(name = "Retail media")
@SecurityRequirement(name = ApiSecurity.SEED_SIGNATURE)
@SecurityRequirement(name = ApiSecurity.STANDARD_WEBHOOKS)
@ApplicationScoped
@ReadsSignedBody
@SignedRequest
@Produces(MediaType.APPLICATION_JSON)
public class RetailEventResource {

    static final int MAX_SHOWN = 200;

    @Inject
    private SignedBody body;

    @Inject
    private AuthenticatedRetailer retailer;

    @EJB
    private RetailCatalog catalog;

    @Inject
    private RetailClicks clicks;

    @Inject
    private Conversions conversions;

    @EJB
    private Impressions impressions;

    @Operation(operationId = "retailClick", summary = "Report a click on an auction's winner",
            description = "Body: auction_id, uid. Billed once: a repeat answers duplicate: true.")
    @APIResponse(responseCode = "200", description = "Recorded (and billed, unless invalid or a duplicate).",
            content = @Content(schema = @Schema(ref = "ClickReceipt")))
    @POST
    @Path("click/{retailer_id}")
    public ClickReceipt click(@PathParam("retailer_id") String retailerId) {
        JsonObject json = body.object();
        SignedJson.only(json, "", Set.of("auction_id", "uid"));
        return clicks.click(retailer.get().id(), SignedJson.text(json, "auction_id", 64),
                SignedJson.text(json, "uid", 128));
    }

    @Operation(operationId = "retailAddToCart", summary = "Report an add-to-cart",
            description = "Body: uid, lines, optional event_id and auction_id. Each line is attributed to the"
                    + " shopper's clicks.")
    @APIResponse(responseCode = "200", description = "Recorded, with each line's attribution.",
            content = @Content(schema = @Schema(ref = "ConversionReceipt")))
    @POST
    @Path("add-to-cart/{retailer_id}")
    public ConversionReceipt addToCart(@PathParam("retailer_id") String retailerId) {
        JsonObject json = body.object();
        SignedJson.only(json, "", Set.of("event_id", "uid", "auction_id", "lines"));
        String eventId = SignedJson.optionalText(json, "event_id", "event_id", 64);
        return conversions.addToCart(retailer.get().id(), eventId != null ? eventId : retailer.webhookId().orElse(null),
                SignedJson.text(json, "uid", 128), SignedJson.optionalText(json, "auction_id", "auction_id", 64),
                ConversionLines.read(json));
    }

    @Operation(operationId = "retailPurchase", summary = "Report a purchase",
            description = "Body: order_id, uid, lines. An order counts once.")
    @APIResponse(responseCode = "200", description = "Recorded, with each line's attribution.",
            content = @Content(schema = @Schema(ref = "ConversionReceipt")))
    @POST
    @Path("purchase/{retailer_id}")
    public ConversionReceipt purchase(@PathParam("retailer_id") String retailerId) {
        JsonObject json = body.object();
        SignedJson.only(json, "", Set.of("order_id", "uid", "lines"));
        return conversions.purchase(retailer.get().id(), SignedJson.text(json, "order_id", 64),
                SignedJson.text(json, "uid", 128), ConversionLines.read(json));
    }

    @Operation(operationId = "retailProductShown", summary = "Report products shown to a shopper",
            description = "Body: uid, product_ids, optional auction_ids (counted as impressions for a retailer that"
                    + " counts them on shown).")
    @POST
    @Path("product-shown/{retailer_id}")
    public Map<String, Integer> productShown(@PathParam("retailer_id") String retailerId) {
        JsonObject json = body.object();
        SignedJson.only(json, "", Set.of("uid", "product_ids", "auction_ids"));
        SignedJson.text(json, "uid", 128);
        List<String> productIds = ids(json.get("product_ids"), "product_ids", true);
        List<String> auctionIds = json.containsKey("auction_ids") ? ids(json.get("auction_ids"), "auction_ids", false)
                : List.of();
        catalog.shown(retailer.get().id(), productIds);
        return Map.of("products", productIds.size(), "impressions", impressions.shown(retailer.get().id(),
                auctionIds));
    }

    /** An array of 1 to {@value #MAX_SHOWN} product ids, or of auction ids. */
    private static List<String> ids(JsonValue value, String field, boolean products) {
        if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_SHOWN) {
            throw new InvalidFieldException(field, "must be an array of 1 to " + MAX_SHOWN + " ids");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = field + "[" + i + "]";
            if (products) {
                ids.add(ProductId.of(array.get(i), at));
            } else if (array.get(i) instanceof JsonString id && !id.getString().isBlank()
                    && id.getString().length() <= 64) {
                ids.add(id.getString().strip());
            } else {
                throw new InvalidFieldException(at, "must be an auction id of 1 to 64 characters");
            }
        }
        return ids;
    }
}
