package io.trackline.auction.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Clicks on auction winners, the budgets they spend, and winners reported shown. The batch methods lock
 * their rows in key order, so that two batches never wait for each other's rows.
 */
public interface AdClicks {

    /** A click already stored for an auction id. */
    record StoredClick(boolean billed, BigDecimal price, String reason) {
    }

    /** A click's price, to charge to its campaign on its day. */
    record Charge(long campaignId, BigDecimal price, LocalDate day) {
    }

    /** What became of a claimed click. */
    record Settlement(String auctionId, boolean billed, String reason) {
    }

    Optional<WinnerRef> winner(long retailerId, String auctionId);

    /**
     * Stores each click unbilled for now, claiming its auction id; {@code true} where the click was the
     * first on its auction (a later one in the same batch is not).
     */
    boolean[] claim(List<PendingClick> clicks);

    /**
     * Charges each price to its campaign, one conditional update a click, while the campaign has budget left
     * on the day and in total: concurrent clicks overspend by one click's price at most. {@code true} where
     * charged.
     */
    boolean[] charge(List<Charge> charges);

    /** These campaigns' spend, as this transaction leaves it. */
    Map<Long, CampaignSpent> spend(Collection<Long> campaignIds);

    void settle(List<Settlement> settlements);

    /** The clicks stored for these auction ids. */
    Map<String, StoredClick> clicks(Collection<String> auctionIds);

    /** Marks a winner reported shown; {@code false} when it was reported before. */
    boolean markShown(String auctionId, Instant now);

    /** Every campaign's spend, by campaign id. */
    Map<Long, CampaignSpent> campaignSpend();
}
