package io.trackline.auction.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A campaign: its advertiser, status ({@code ACTIVE} or {@code PAUSED}), the days it runs ({@code endsOn}
 * {@code null}: open-ended), its budgets ({@code totalBudget} {@code null}: none) and what it has spent.
 */
public record CampaignView(long id, long advertiserId, String name, String status, LocalDate startsOn,
                           LocalDate endsOn, BigDecimal dailyBudget, BigDecimal totalBudget, BigDecimal spentToday,
                           BigDecimal spentTotal) {
}
