package io.trackline.auction.application;

import io.trackline.auction.api.Impressions;
import io.trackline.auction.domain.AdClicks;
import io.trackline.auction.domain.DailyStats;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Impressions a retailer reports: for a retailer that counts impressions on {@code SHOWN}, each winner a
 * product-shown event names by {@code auction_id} is an impression once (retailers counting on serve had it
 * counted when the auction answered). Ids of no winner of the retailer's are passed over.
 */
@Stateless
@Local(Impressions.class)
public class ShownImpressions implements Impressions {

    @Inject
    private Winners winners;

    @Inject
    private AuctionIndexHolder indexes;

    @Inject
    private DailyStats stats;

    @Inject
    private AdClicks clicks;

    /** @return how many impressions this event added */
    public int shown(long retailerId, List<String> auctionIds) {
        if (auctionIds.isEmpty() || indexes.index(retailerId).terms().impressionsOnServe()) {
            return 0;
        }
        Instant now = Instant.now();
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<DailyStats.Delta> impressions = new ArrayList<>();
        for (String auctionId : auctionIds) {
            winners.find(retailerId, auctionId).filter(winner -> clicks.markShown(auctionId, now)).ifPresent(winner ->
                    impressions.add(DailyStats.Delta.impressions(new DailyStats.Key(retailerId,
                            winner.advertiserId(), winner.campaignId(), winner.adGroupId(), day), 1)));
        }
        stats.add(impressions);
        return impressions.size();
    }
}
