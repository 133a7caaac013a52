package io.trackline.auction.application;

import io.trackline.auction.domain.AdClicks;
import io.trackline.auction.domain.CampaignBudget;
import io.trackline.auction.domain.CampaignSpent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Campaign spend as it happens, for auctions to stop serving a spent campaign at once rather than at the
 * index's next reload: each click billed on this node, and every few seconds what all nodes billed.
 */
@ApplicationScoped
public class CampaignSpend {

    private final Map<Long, CampaignSpent> spent = new ConcurrentHashMap<>();

    @Inject
    private AdClicks clicks;

    /** The campaign with the latest spend known here, if any is newer than the index's. */
    public CampaignBudget current(CampaignBudget indexed) {
        CampaignSpent latest = spent.get(indexed.campaignId());
        if (latest == null) {
            return indexed;
        }
        BigDecimal today = latest.day().equals(LocalDate.now(ZoneOffset.UTC)) ? latest.today() : BigDecimal.ZERO;
        return indexed.withSpend(today.max(indexed.spentToday()), latest.total().max(indexed.spentTotal()));
    }

    /** The spend a billed click left its campaign with, as the database answered it. */
    public void billed(long campaignId, CampaignSpent after) {
        spent.merge(campaignId, after, (old, now) -> now.total().compareTo(old.total()) >= 0 ? now : old);
    }

    /** Reads every campaign's spend, for what other nodes billed. */
    public void refresh() {
        clicks.campaignSpend().forEach(this::billed);
    }
}
