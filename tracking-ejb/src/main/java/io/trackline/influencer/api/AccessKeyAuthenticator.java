package io.trackline.influencer.api;

/** Tells which customer an access key belongs to; a revoked key stops working within seconds. */
public interface AccessKeyAuthenticator {

    CustomerRef authenticate(String rawKey);
}
