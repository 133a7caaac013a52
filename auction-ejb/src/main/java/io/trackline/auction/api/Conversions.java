package io.trackline.auction.api;

import java.util.List;

/** Add-to-cart and purchase events, attributed to the user's last click; idempotent on their ids. */
public interface Conversions {

    /** @param eventId {@code null}: not idempotent; @param auctionId {@code null}: not from a winner's tile */
    ConversionReceipt addToCart(long retailerId, String eventId, String uid, String auctionId,
                                List<ConversionLine> lines);

    ConversionReceipt purchase(long retailerId, String orderId, String uid, List<ConversionLine> lines);
}
