package io.trackline.auction.api;

import java.util.Optional;

/** Runs a retailer's auctions from memory (no database on the way), and finds their decision traces. */
public interface Auctions {

    AuctionResult run(long retailerId, AuctionQuery query, String platformType, String uid);

    /** The trace of one of the retailer's recent auctions. */
    Optional<AuctionTrace> trace(long retailerId, String auctionGroupId);
}
