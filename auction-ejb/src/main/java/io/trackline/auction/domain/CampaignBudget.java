package io.trackline.auction.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A campaign's dates, budgets and spend as the index last read them. A campaign may serve while it has
 * budget left (so a click can overshoot by at most its own price) and while its spend today is not
 * ahead of an even pace through the UTC day (plus a tenth of the daily budget, so that mornings serve).
 */
public record CampaignBudget(long campaignId, boolean active, LocalDate startsOn, LocalDate endsOn,
                             BigDecimal dailyBudget, BigDecimal totalBudget, BigDecimal spentToday,
                             BigDecimal spentTotal) {

    static final BigDecimal PACING_SLACK = new BigDecimal("0.10");

    /** The same campaign with spend known to be more recent than the index's. */
    public CampaignBudget withSpend(BigDecimal newSpentToday, BigDecimal newSpentTotal) {
        return new CampaignBudget(campaignId, active, startsOn, endsOn, dailyBudget, totalBudget, newSpentToday,
                newSpentTotal);
    }

    /** Why the campaign cannot serve now, or {@code null} when it can. */
    public Exclusion exclusion(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (!active || today.isBefore(startsOn) || endsOn != null && today.isAfter(endsOn)) {
            return Exclusion.NOT_LIVE;
        }
        boolean totalSpent = totalBudget != null && spentTotal.compareTo(totalBudget) >= 0;
        if (spentToday.compareTo(dailyBudget) >= 0 || totalSpent) {
            return Exclusion.BUDGET;
        }
        double dayElapsed = Duration.between(today.atStartOfDay().toInstant(ZoneOffset.UTC), now).toMillis()
                / (double) Duration.ofDays(1).toMillis();
        BigDecimal allowedByNow = dailyBudget.multiply(BigDecimal.valueOf(dayElapsed).add(PACING_SLACK));
        return spentToday.compareTo(allowedByNow) > 0 ? Exclusion.PACING : null;
    }
}
