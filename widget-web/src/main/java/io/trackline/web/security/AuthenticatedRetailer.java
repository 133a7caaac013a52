package io.trackline.web.security;

import io.trackline.retail.api.RetailerRef;
import jakarta.enterprise.context.RequestScoped;

/** The retailer whose key signed the current request. */
@RequestScoped
public class AuthenticatedRetailer {

    private RetailerRef retailer;

    void authenticatedAs(RetailerRef authenticated) {
        this.retailer = authenticated;
    }

    public RetailerRef get() {
        if (retailer == null) {
            throw new IllegalStateException("No signature authenticated this request");
        }
        return retailer;
    }
}
