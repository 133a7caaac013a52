package io.trackline.auction.domain;

import java.time.Instant;
import java.util.List;

/** A shopper's click on a winner, as attribution sees it: who advertised, and what the winner showed. */
public record UserClick(String auctionId, long advertiserId, long campaignId, long adGroupId,
                        List<String> productIds, Instant clickedAt) {
}
