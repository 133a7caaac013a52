package io.trackline.web.security;

import io.trackline.influencer.api.CustomerRef;
import jakarta.enterprise.context.RequestScoped;

/** The customer whose access key authenticated the current request. */
@RequestScoped
public class AuthenticatedCustomer {

    private CustomerRef customer;

    void authenticatedAs(CustomerRef authenticated) {
        this.customer = authenticated;
    }

    public CustomerRef get() {
        if (customer == null) {
            throw new IllegalStateException("No access key authenticated this request");
        }
        return customer;
    }
}
