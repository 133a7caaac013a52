package io.trackline.retail.domain;

import io.trackline.retail.api.CatalogFeed;
import io.trackline.retail.api.ProductView;
import java.time.Instant;
import java.util.List;

/** Retailers' catalogs: the products a feed sends, and which were shown lately. */
public interface StoredCatalog {

    /**
     * Upserts the feed's categories, then its products. A statement is prepared only for rows there are:
     * MariaDB's driver fails closing a batch statement that never had one.
     */
    void upsert(long retailerId, CatalogFeed feed, Instant now);

    /** Marks products as shown now, adding those the catalog does not have yet (named by their id). */
    void markShown(long retailerId, List<String> productIds, Instant now);

    /**
     * The retailer's products whose id or name holds {@code search} (every product for none), by id, at
     * most {@code limit} of them.
     */
    List<ProductView> products(long retailerId, String search, int limit);

    long productCount(long retailerId);
}
