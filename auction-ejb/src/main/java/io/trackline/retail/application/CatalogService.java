package io.trackline.retail.application;

import io.trackline.platform.application.ReferenceChanges;
import io.trackline.retail.api.CatalogFeed;
import io.trackline.retail.api.ProductView;
import io.trackline.retail.api.RetailCatalog;
import io.trackline.retail.api.RetailChanges;
import io.trackline.retail.domain.StoredCatalog;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * A retailer's catalog: the feed upserts categories and products (all or nothing), and product-shown
 * events keep products without stock data available. Auctions on every node see a feed once it commits
 * ({@link RetailChanges#CATALOG}); products shown, at the index's next check.
 */
@Stateless
@Local(RetailCatalog.class)
public class CatalogService implements RetailCatalog {

    @Inject
    private StoredCatalog catalog;

    @Inject
    private ReferenceChanges changes;

    public void update(long retailerId, CatalogFeed feed) {
        catalog.upsert(retailerId, feed, Instant.now());
        changes.changed(RetailChanges.CATALOG);
    }

    public void shown(long retailerId, List<String> productIds) {
        catalog.markShown(retailerId, productIds, Instant.now());
    }

    @Override
    public List<ProductView> products(long retailerId, String search, int limit) {
        return catalog.products(retailerId, search, limit);
    }

    @Override
    public long productCount(long retailerId) {
        return catalog.productCount(retailerId);
    }
}
