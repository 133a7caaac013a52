package io.trackline.auction.domain;

import java.util.Map;

/** What auctions read: each retailer's index, built from the database, and a version that tells when to rebuild. */
public interface AuctionIndexes {

    /** A value that changes whenever the index would. */
    String version();

    Map<Long, RetailerIndex> load();
}
