package io.trackline.auction.application;

import io.trackline.auction.api.ClickReceipt;
import io.trackline.auction.domain.AdClicks;
import io.trackline.auction.domain.DailyStats;
import io.trackline.auction.domain.PendingClick;
import io.trackline.auction.domain.WinnerRef;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bills a batch of clicks in one transaction. Each click claims its auction id (a repeat, even within the
 * batch, is a duplicate answered with the first click's outcome); then each claimed click's price is charged
 * to its campaign, one conditional update a click, while the campaign has budget left, and added to its ad
 * group's day. A click more than {@link #CLICK_WINDOW} after its auction is kept as invalid traffic, never
 * billed; a click on a spent campaign counts, unbilled. Receipts exist only for what was committed.
 */
@Stateless
public class ClickWriter {

    static final Duration CLICK_WINDOW = Duration.ofHours(24);
    static final String TOO_LATE = "too_late";
    static final String BUDGET_EXHAUSTED = "budget_exhausted";

    @Inject
    private AdClicks clicks;

    @Inject
    private DailyStats stats;

    @Inject
    private CampaignSpend spend;

    /** Bills the batch in this transaction; receipts in the batch's order. */
    public List<ClickReceipt> write(List<PendingClick> batch) {
        boolean[] first = clicks.claim(batch);
        String[] reasons = new String[batch.size()];
        List<Integer> charging = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            PendingClick click = batch.get(i);
            if (!first[i]) {
                continue;
            }
            if (Duration.between(click.winner().ranAt(), click.at()).compareTo(CLICK_WINDOW) > 0) {
                reasons[i] = TOO_LATE;
            } else {
                charging.add(i);
            }
        }
        charge(batch, charging, reasons);
        List<AdClicks.Settlement> settlements = new ArrayList<>();
        Map<DailyStats.Key, DailyStats.Delta> deltas = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            if (first[i]) {
                PendingClick click = batch.get(i);
                settlements.add(new AdClicks.Settlement(click.winner().auctionId(), reasons[i] == null, reasons[i]));
                DailyStats.Delta delta = delta(click, reasons[i]);
                deltas.merge(delta.key(), delta, DailyStats.Delta::plus);
            }
        }
        clicks.settle(settlements);
        stats.add(deltas.values());
        return receipts(batch, first, reasons);
    }

    /** Charges the clicks in {@code charging}; those their campaign had no budget left for get a reason. */
    private void charge(List<PendingClick> batch, List<Integer> charging, String[] reasons) {
        boolean[] charged = clicks.charge(charging.stream().map(i -> {
            WinnerRef winner = batch.get(i).winner();
            return new AdClicks.Charge(winner.campaignId(), winner.price(), day(batch.get(i)));
        }).toList());
        Set<Long> billedCampaigns = new LinkedHashSet<>();
        for (int c = 0; c < charging.size(); c++) {
            int i = charging.get(c);
            if (charged[c]) {
                billedCampaigns.add(batch.get(i).winner().campaignId());
            } else {
                reasons[i] = BUDGET_EXHAUSTED;
            }
        }
        clicks.spend(billedCampaigns).forEach(spend::billed);
    }

    private static DailyStats.Delta delta(PendingClick click, String reason) {
        WinnerRef winner = click.winner();
        DailyStats.Key key = new DailyStats.Key(winner.retailerId(), winner.advertiserId(), winner.campaignId(),
                winner.adGroupId(), day(click));
        return TOO_LATE.equals(reason) ? DailyStats.Delta.invalidClick(key)
                : DailyStats.Delta.click(key, reason == null ? winner.price() : BigDecimal.ZERO);
    }

    /** The claimed clicks' outcomes; a duplicate's is its auction's first click's, as stored. */
    private List<ClickReceipt> receipts(List<PendingClick> batch, boolean[] first, String[] reasons) {
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (!first[i]) {
                repeated.add(batch.get(i).winner().auctionId());
            }
        }
        Map<String, AdClicks.StoredClick> earlier = clicks.clicks(repeated);
        List<ClickReceipt> receipts = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            WinnerRef winner = batch.get(i).winner();
            if (first[i]) {
                boolean billed = reasons[i] == null;
                receipts.add(new ClickReceipt(winner.auctionId(), billed, billed ? winner.price() : null, reasons[i],
                        false));
            } else {
                AdClicks.StoredClick stored = earlier.get(winner.auctionId());
                receipts.add(new ClickReceipt(winner.auctionId(), stored.billed(),
                        stored.billed() ? stored.price() : null, stored.reason(), true));
            }
        }
        return receipts;
    }

    private static LocalDate day(PendingClick click) {
        return LocalDate.ofInstant(click.at(), ZoneOffset.UTC);
    }
}
