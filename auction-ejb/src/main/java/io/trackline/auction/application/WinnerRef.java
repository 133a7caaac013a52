package io.trackline.auction.application;

import java.math.BigDecimal;
import java.time.Instant;

/** A winner of an auction as a click needs it: who pays, and how much per click. */
public record WinnerRef(String auctionId, long retailerId, long advertiserId, long campaignId, long adGroupId,
                        BigDecimal price, Instant ranAt) {
}
