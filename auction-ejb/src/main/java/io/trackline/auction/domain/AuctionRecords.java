package io.trackline.auction.domain;

import java.util.List;
import java.util.Set;

/** The auctions and their winners, written in batches from the auction log. */
public interface AuctionRecords {

    void insert(List<AuctionRecord> auctions);

    /** Which of these auctions are recorded already (a write whose outcome was unknown may have been). */
    Set<String> recorded(List<String> auctionGroupIds);
}
