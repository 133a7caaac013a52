package io.trackline.auction.application;

import io.trackline.auction.api.ClickReceipt;
import io.trackline.auction.infrastructure.JdbcClicks;
import io.trackline.platform.api.InvalidFieldException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Bills clicks on auction winners, in one transaction each: a click claims its auction id (a repeat is a
 * duplicate, answered with the first outcome), then charges the winner's price to its campaign while the
 * campaign has budget left. A click more than {@link #CLICK_WINDOW} after its auction is kept, not billed.
 */
@Stateless
public class ClickBilling {

    static final Duration CLICK_WINDOW = Duration.ofHours(24);

    @Inject
    private JdbcClicks clicks;

    @Inject
    private AuctionService auctions;

    @Inject
    private CampaignSpend spend;

    public ClickReceipt click(long retailerId, String auctionId, String uid) {
        WinnerRef winner = auctions.unwrittenWinner(retailerId, auctionId)
                .or(() -> clicks.winner(retailerId, auctionId))
                .orElseThrow(() -> new InvalidFieldException("auction_id", "no auction of this retailer won with "
                        + "this id"));
        Instant now = Instant.now();
        if (!clicks.claim(winner, uid, now)) {
            JdbcClicks.StoredClick first = clicks.click(auctionId).orElseThrow();
            return new ClickReceipt(auctionId, first.billed(), first.billed() ? first.price() : null, first.reason(),
                    true);
        }
        String reason = null;
        if (Duration.between(winner.ranAt(), now).compareTo(CLICK_WINDOW) > 0) {
            reason = "too_late";
        } else {
            Optional<CampaignSpend.Spent> after = clicks.charge(winner.campaignId(), winner.price(), now);
            if (after.isEmpty()) {
                reason = "budget_exhausted";
            } else {
                spend.billed(winner.campaignId(), after.get());
            }
        }
        clicks.settle(auctionId, reason == null, reason);
        return new ClickReceipt(auctionId, reason == null, reason == null ? winner.price() : null, reason, false);
    }
}
