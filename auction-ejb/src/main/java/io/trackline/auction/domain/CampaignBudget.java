package io.trackline.auction.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A campaign's dates, budgets and spend as the index last read them. A campaign may serve while it has
 * budget left (so a click can overshoot by at most its own price) and while its spend today is not
 * ahead of an even pace through the UTC day (plus a tenth of the daily budget, so that mornings serve;
 * {@link ServingDay}).
 */
public record CampaignBudget(long campaignId, boolean active, LocalDate startsOn, LocalDate endsOn,
                             BigDecimal dailyBudget, BigDecimal totalBudget, BigDecimal spentToday,
                             BigDecimal spentTotal) {

    /** The same campaign with spend known to be more recent than the index's. */
    public CampaignBudget withSpend(BigDecimal newSpentToday, BigDecimal newSpentTotal) {
        return new CampaignBudget(campaignId, active, startsOn, endsOn, dailyBudget, totalBudget, newSpentToday,
                newSpentTotal);
    }

    /** Why the campaign cannot serve on that day now, or {@code null} when it can. */
    public Exclusion exclusion(ServingDay day) {
        LocalDate today = day.date();
        if (!active || today.isBefore(startsOn) || endsOn != null && today.isAfter(endsOn)) {
            return Exclusion.NOT_LIVE;
        }
        boolean totalSpent = totalBudget != null && spentTotal.compareTo(totalBudget) >= 0;
        if (spentToday.compareTo(dailyBudget) >= 0 || totalSpent) {
            return Exclusion.BUDGET;
        }
        return day.ahead(spentToday, dailyBudget) ? Exclusion.PACING : null;
    }
}
