package io.trackline.auction.api;

import java.util.List;

/** The seed's auction response: the request's id and its winners, best first (empty: nothing won). */
public record AuctionResult(String auctionGroupId, List<WinningBid> winningBids) {

    /** A winner as the seed shows it; display winners add their creative. */
    public record WinningBid(String auctionId, int ranking, long advertiserId, long campaignId, long adgroupId,
                             List<String> productIds, CreativeView creative) {
    }

    public record CreativeView(String imageUrl, String headline, String clickUrl, Integer width, Integer height) {
    }
}
