package io.trackline.auction.domain;

import io.trackline.auction.domain.UserClick;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A winner of an auction as a click needs it: who pays, how much per click, and what it showed. */
public record WinnerRef(String auctionId, long retailerId, long advertiserId, long campaignId, long adGroupId,
                        BigDecimal price, Instant ranAt, List<String> productIds) {

    /** A click on this winner at that moment, as attribution sees it. */
    public UserClick clickedAt(Instant at) {
        return new UserClick(auctionId, advertiserId, campaignId, adGroupId, productIds, at);
    }
}
