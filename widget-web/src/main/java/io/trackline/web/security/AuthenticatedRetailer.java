package io.trackline.web.security;

import io.trackline.retail.api.RetailerRef;
import io.trackline.retail.api.VerifiedRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The retailer whose key signed the current request, and the request's webhook-id if it had one. */
@RequestScoped
public class AuthenticatedRetailer {

    private VerifiedRequest verified;

    void authenticatedAs(VerifiedRequest request) {
        this.verified = request;
    }

    public RetailerRef get() {
        return verified().retailer();
    }

    /** The {@code webhook-id} of a Standard Webhooks request: its idempotency key. */
    public Optional<String> webhookId() {
        return verified().webhookId();
    }

    private VerifiedRequest verified() {
        if (verified == null) {
            throw new IllegalStateException("No signature authenticated this request");
        }
        return verified;
    }
}
