package io.trackline.retail.api;

/** Verifies a signed request's signature against the retailer's active keys. */
public interface SignatureVerification {

    VerifiedRequest verify(String retailerId, ReceivedSignature received);
}
