package io.trackline.auction.domain;

import io.trackline.auction.api.AuctionQuery;
import io.trackline.auction.domain.AdGroup;
import io.trackline.auction.domain.Winner;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An auction to record: who asked, what, and what won, with the ids given out; and whether its winners
 * are impressions now (the retailer counts impressions on serve).
 */
public record AuctionRecord(String auctionGroupId, String auctionUuid, long retailerId, AuctionQuery query,
                            String platformType, String uid, List<Winner> winners, Instant ranAt,
                            boolean impressionsOnServe) {

    private static final int UUID_LENGTH = 36;

    /** A winner's id, as the seed shows it: the auction's UUID, then the ad group id. */
    public String auctionId(Winner winner) {
        return auctionUuid + "-" + winner.adGroup().id();
    }

    /** The part of a winner's id before its ad group id (its auction's UUID), or {@code null} when it has none. */
    public static String auctionUuid(String auctionId) {
        return auctionId.length() > UUID_LENGTH + 1 && auctionId.charAt(UUID_LENGTH) == '-'
                ? auctionId.substring(0, UUID_LENGTH) : null;
    }

    /** The winner a click on {@code auctionId} is for, if it is one of this auction's. */
    public Optional<WinnerRef> winner(String auctionId) {
        for (Winner winner : winners) {
            if (auctionId(winner).equals(auctionId)) {
                AdGroup group = winner.adGroup();
                return Optional.of(new WinnerRef(auctionId, retailerId, group.advertiserId(), group.campaignId(),
                        group.id(), winner.price(), ranAt, winner.productIds()));
            }
        }
        return Optional.empty();
    }
}
