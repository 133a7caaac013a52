package io.trackline.web.retail;

import io.trackline.auction.api.ClickReceipt;
import io.trackline.auction.application.ClickBilling;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.retail.application.CatalogService;
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

/**
 * What shoppers did, as a retailer reports it (signed): a click on an auction's winner
 * ({@code auction_id}, {@code uid}), billed once; and products shown ({@code uid}, {@code product_ids}),
 * which keep the products of a retailer without stock data available to auctions.
 */
@Path("api/event")
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
    private CatalogService catalog;

    @EJB
    private ClickBilling clicks;

    @POST
    @Path("click/{retailer_id}")
    public ClickReceipt click(@PathParam("retailer_id") String retailerId) {
        JsonObject json = SignedJson.object(body.text());
        return clicks.click(retailer.get().id(), SignedJson.text(json, "auction_id", 64),
                SignedJson.text(json, "uid", 128));
    }

    @POST
    @Path("product-shown/{retailer_id}")
    public Map<String, Integer> productShown(@PathParam("retailer_id") String retailerId) {
        JsonObject json = SignedJson.object(body.text());
        SignedJson.text(json, "uid", 128);
        List<String> productIds = productIds(json.get("product_ids"));
        catalog.shown(retailer.get().id(), productIds);
        return Map.of("products", productIds.size());
    }

    private static List<String> productIds(JsonValue value) {
        if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > MAX_SHOWN) {
            throw new InvalidFieldException("product_ids", "must be an array of 1 to " + MAX_SHOWN + " product ids");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString id) || id.getString().isBlank() || id.getString().length() > 64) {
                throw new InvalidFieldException("product_ids[" + i + "]", "must be a product id of 1 to 64 characters");
            }
            ids.add(id.getString().strip());
        }
        return ids;
    }
}
