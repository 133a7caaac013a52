package io.trackline.retail.api;

import java.util.List;

/** A retailer's catalog: its feed, and the products its pages showed. */
public interface RetailCatalog {

    void update(long retailerId, CatalogFeed feed);

    void shown(long retailerId, List<String> productIds);
}
