package io.trackline.web.retail;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.retail.api.CatalogFeed;
import io.trackline.retail.application.CatalogService;
import io.trackline.web.security.AuthenticatedRetailer;
import io.trackline.web.security.SignedRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
 * A retailer's catalog feed (signed {@code POST /api/catalog/{retailer_id}}: categories and products,
 * upserted, all or nothing) and its product-shown events (signed
 * {@code POST /api/event/product-shown/{retailer_id}}, {@code uid} and {@code product_ids}), which keep
 * products of a retailer without stock data available to auctions.
 */
@Path("api")
@RequestScoped
@ReadsSignedBody
@SignedRequest
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    static final int MAX_SHOWN = 200;

    @Inject
    private SignedBody body;

    @Inject
    private AuthenticatedRetailer retailer;

    @EJB
    private CatalogService catalog;

    @POST
    @Path("catalog/{retailer_id}")
    public Map<String, Integer> feed(@PathParam("retailer_id") String retailerId) {
        CatalogFeed feed = CatalogFeedReader.read(body.text());
        catalog.update(retailer.get().id(), feed);
        return Map.of("categories", feed.categories().size(), "products", feed.products().size());
    }

    @POST
    @Path("event/product-shown/{retailer_id}")
    public Map<String, Integer> productShown(@PathParam("retailer_id") String retailerId) {
        JsonObject json = SignedJson.object(body.text());
        if (!(json.get("uid") instanceof JsonString uid) || uid.getString().isBlank()) {
            throw new InvalidFieldException("uid", "is required");
        }
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
