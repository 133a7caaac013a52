package io.trackline.auction.api;

import java.math.BigDecimal;

/**
 * A conversion line and the click it is attributed to: {@code attribution} {@code direct} (the clicked
 * winner showed the product) or {@code halo} (another product of its advertiser), with the winner's
 * {@code auction_id} and who advertised; all {@code null} when no click of the shopper's earns it.
 */
public record AttributedLine(String productId, int quantity, BigDecimal price, String attribution,
                             String auctionId, Long advertiserId, Long campaignId, Long adGroupId) {
}
