package io.trackline.auction.application;

import io.trackline.auction.api.ConversionLine;
import io.trackline.auction.api.ConversionReceipt;
import io.trackline.auction.api.Conversions;
import io.trackline.auction.domain.PendingConversion;
import io.trackline.auction.domain.UserClick;
import io.trackline.platform.api.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The way in for add-to-carts and purchases: each is queued for the {@link ConversionBatcher} and answered
 * once its batch committed ({@link ConversionWriter}): its key claimed (a purchase's {@code order_id}, an
 * add-to-cart's optional {@code event_id}: a repeat answers the first answer and counts nothing), its lines
 * attributed to the shopper's clicks as committed by then, stored and added to their ad groups' days. An
 * add-to-cart that names the winner it came from ({@code auction_id}) credits that winner first.
 */
@ApplicationScoped
public class ConversionService implements Conversions {

    @Inject
    private Winners winners;

    @Inject
    private ConversionBatcher batcher;

    /** @param eventId {@code null}: not idempotent; @param auctionId {@code null}: not from a winner's tile */
    public ConversionReceipt addToCart(long retailerId, String eventId, String uid, String auctionId,
                                       List<ConversionLine> lines) {
        Instant now = Instant.now();
        UserClick fromTile = null;
        if (auctionId != null) {
            fromTile = winners.find(retailerId, auctionId).map(winner -> winner.clickedAt(now))
                    .orElseThrow(() -> new InvalidFieldException("auction_id",
                            "no auction of this retailer won with this id"));
        }
        return batcher.submitAndWait(new PendingConversion(retailerId, ConversionAttribution.ADD_TO_CART,
                eventId != null ? eventId : UUID.randomUUID().toString(), uid, now, fromTile, List.copyOf(lines)));
    }

    public ConversionReceipt purchase(long retailerId, String orderId, String uid, List<ConversionLine> lines) {
        return batcher.submitAndWait(new PendingConversion(retailerId, ConversionAttribution.PURCHASE, orderId, uid,
                Instant.now(), null, List.copyOf(lines)));
    }
}
