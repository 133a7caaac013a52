package io.trackline.auction.application;

import io.trackline.auction.domain.AuctionDecision;
import io.trackline.auction.domain.AuctionQuery;
import io.trackline.auction.domain.Winner;
import java.time.Instant;

/** An auction to record: who asked, what, and what won, with the ids given out. */
public record AuctionRecord(String auctionGroupId, String auctionUuid, long retailerId, AuctionQuery query,
                            String platformType, String uid, AuctionDecision decision, Instant ranAt) {

    /** A winner's id, as the seed shows it: the auction's UUID, then the ad group id. */
    public String auctionId(Winner winner) {
        return auctionUuid + "-" + winner.adGroup().id();
    }
}
