package io.trackline.auction.domain;

import java.time.Instant;
import java.util.Optional;

/** The demo's catalog and advertisers (see {@code RetailDemoSeed}), written in the caller's transaction. */
public interface RetailDemoRows {

    /** The advertiser whose dashboard user the demo adds. */
    String FIZZ = "Fizz Drinks Ltd";

    /** Writes the categories, products, advertisers, campaigns, ad groups and their targets of the demo. */
    void seed(Instant now);

    /** The first advertiser of that name on the retailer, if there is one. */
    Optional<Long> advertiserId(long retailerId, String name);
}
