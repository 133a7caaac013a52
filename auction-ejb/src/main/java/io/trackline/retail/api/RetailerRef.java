package io.trackline.retail.api;

/** The retailer whose key signed the current request. */
public record RetailerRef(long id) {
}
