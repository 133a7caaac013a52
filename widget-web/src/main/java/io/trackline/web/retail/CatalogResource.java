package io.trackline.web.retail;

import io.trackline.retail.api.CatalogFeed;
import io.trackline.retail.api.RetailCatalog;
import io.trackline.web.openapi.ApiSecurity;
import io.trackline.web.security.AuthenticatedRetailer;
import io.trackline.web.security.SignedRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A retailer's catalog feed, signed {@code POST /api/catalog/{retailer_id}}: categories and products,
 * upserted, all or nothing.
 */
@Path("api/catalog")
@Tag(name = "Retail media")
@SecurityRequirement(name = ApiSecurity.SEED_SIGNATURE)
@SecurityRequirement(name = ApiSecurity.STANDARD_WEBHOOKS)
@ApplicationScoped
@ReadsSignedBody
@SignedRequest
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    private SignedBody body;

    @Inject
    private AuthenticatedRetailer retailer;

    @EJB
    private RetailCatalog catalog;

    @Operation(operationId = "catalogFeed", summary = "Upsert the retailer's catalog",
            description = "Categories and products, all or nothing. The answer counts them.")
    @POST
    @Path("{retailer_id}")
    public Map<String, Integer> feed(@PathParam("retailer_id") String retailerId) {
        CatalogFeed feed = CatalogFeedReader.read(body.object());
        catalog.update(retailer.get().id(), feed);
        return Map.of("categories", feed.categories().size(), "products", feed.products().size());
    }
}
