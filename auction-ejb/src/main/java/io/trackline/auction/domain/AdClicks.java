package io.trackline.auction.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Clicks on auction winners, the budgets they spend, and winners reported shown. */
public interface AdClicks {

    /** A click already stored for an auction id. */
    record StoredClick(boolean billed, BigDecimal price, String reason) {
    }

    Optional<WinnerRef> winner(long retailerId, String auctionId);

    /** Stores the click unbilled for now; {@code false} when the auction id was clicked before. */
    boolean claim(WinnerRef winner, String uid, Instant now);

    /** Charges the campaign if it has budget left today and in total; answers its spend after, if charged. */
    Optional<CampaignSpent> charge(long campaignId, BigDecimal price, Instant now);

    /** Marks a winner reported shown; {@code false} when it was reported before. */
    boolean markShown(String auctionId, Instant now);

    void settle(String auctionId, boolean billed, String reason);

    Optional<StoredClick> click(String auctionId);

    /** Every campaign's spend, by campaign id. */
    Map<Long, CampaignSpent> campaignSpend();
}
