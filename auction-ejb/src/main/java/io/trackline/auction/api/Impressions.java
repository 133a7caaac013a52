package io.trackline.auction.api;

import java.util.List;

/** Winning ads the retailer reports as shown. */
public interface Impressions {

    /** @return how many impressions this event added */
    int shown(long retailerId, List<String> auctionIds);
}
