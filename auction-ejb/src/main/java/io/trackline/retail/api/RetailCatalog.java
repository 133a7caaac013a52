package io.trackline.retail.api;

import java.util.List;

/** A retailer's catalog: its feed, and the products its pages showed. */
public interface RetailCatalog {

    void update(long retailerId, CatalogFeed feed);

    void shown(long retailerId, List<String> productIds);

    /**
     * The retailer's products whose id or name holds {@code search} (every product for none), by id, at most
     * {@code limit} of them.
     */
    List<ProductView> products(long retailerId, String search, int limit);

    long productCount(long retailerId);
}
