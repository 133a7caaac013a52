package io.trackline.auction.application;

import io.trackline.auction.api.ClickReceipt;
import io.trackline.auction.api.RetailClicks;
import io.trackline.auction.domain.AdClicks;
import io.trackline.auction.domain.CampaignSpent;
import io.trackline.auction.domain.DailyStats;
import io.trackline.auction.domain.WinnerRef;
import io.trackline.platform.api.InvalidFieldException;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Bills clicks on auction winners, in one transaction each: a click claims its auction id (a repeat is a
 * duplicate, answered with the first outcome), then charges the winner's price to its campaign while the
 * campaign has budget left, and adds it to its ad group's day. A click more than {@link #CLICK_WINDOW} after
 * its auction is kept as invalid traffic, never billed; a click on a spent campaign counts, unbilled.
 */
@Stateless
@Local(RetailClicks.class)
public class ClickBilling implements RetailClicks {

    static final Duration CLICK_WINDOW = Duration.ofHours(24);
    static final String TOO_LATE = "too_late";

    @Inject
    private AdClicks clicks;

    @Inject
    private Winners winners;

    @Inject
    private DailyStats stats;

    @Inject
    private CampaignSpend spend;

    public ClickReceipt click(long retailerId, String auctionId, String uid) {
        WinnerRef winner = winners.find(retailerId, auctionId).orElseThrow(() -> new InvalidFieldException(
                "auction_id", "no auction of this retailer won with this id"));
        Instant now = Instant.now();
        if (!clicks.claim(winner, uid, now)) {
            AdClicks.StoredClick first = clicks.click(auctionId).orElseThrow();
            return new ClickReceipt(auctionId, first.billed(), first.billed() ? first.price() : null, first.reason(),
                    true);
        }
        String reason = null;
        if (Duration.between(winner.ranAt(), now).compareTo(CLICK_WINDOW) > 0) {
            reason = TOO_LATE;
        } else {
            Optional<CampaignSpent> after = clicks.charge(winner.campaignId(), winner.price(), now);
            if (after.isEmpty()) {
                reason = "budget_exhausted";
            } else {
                spend.billed(winner.campaignId(), after.get());
            }
        }
        clicks.settle(auctionId, reason == null, reason);
        DailyStats.Key key = new DailyStats.Key(retailerId, winner.advertiserId(), winner.campaignId(),
                winner.adGroupId(), LocalDate.ofInstant(now, ZoneOffset.UTC));
        stats.add(List.of(TOO_LATE.equals(reason) ? DailyStats.Delta.invalidClick(key)
                : DailyStats.Delta.click(key, reason == null ? winner.price() : BigDecimal.ZERO)));
        return new ClickReceipt(auctionId, reason == null, reason == null ? winner.price() : null, reason, false);
    }
}
