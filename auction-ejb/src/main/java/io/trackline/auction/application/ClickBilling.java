package io.trackline.auction.application;

import io.trackline.auction.api.ClickReceipt;
import io.trackline.auction.api.RetailClicks;
import io.trackline.auction.domain.PendingClick;
import io.trackline.auction.domain.WinnerRef;
import io.trackline.platform.api.InvalidFieldException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The way in for a click on an auction's winner: the winner is found ({@link Winners}), then the click is
 * queued for the {@link ClickBatcher} and answered once its batch committed ({@link ClickWriter} bills it).
 */
@ApplicationScoped
public class ClickBilling implements RetailClicks {

    @Inject
    private Winners winners;

    @Inject
    private ClickBatcher batcher;

    public ClickReceipt click(long retailerId, String auctionId, String uid) {
        WinnerRef winner = winners.find(retailerId, auctionId).orElseThrow(() -> new InvalidFieldException(
                "auction_id", "no auction of this retailer won with this id"));
        return batcher.submitAndWait(new PendingClick(winner, uid, Instant.now()));
    }
}
