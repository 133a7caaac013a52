package io.trackline.web.retail;

import io.trackline.retail.api.CatalogFeed;
import io.trackline.retail.application.CatalogService;
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

/**
 * A retailer's catalog feed, signed {@code POST /api/catalog/{retailer_id}}: categories and products,
 * upserted, all or nothing.
 */
@Path("api/catalog")
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
    private CatalogService catalog;

    @POST
    @Path("{retailer_id}")
    public Map<String, Integer> feed(@PathParam("retailer_id") String retailerId) {
        CatalogFeed feed = CatalogFeedReader.read(body.object());
        catalog.update(retailer.get().id(), feed);
        return Map.of("categories", feed.categories().size(), "products", feed.products().size());
    }
}
