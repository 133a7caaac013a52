package io.trackline.auction.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One row of a retail report: what it stands for (a day, an advertiser, campaign or ad group, as its query's
 * level says; the rest {@code null}), its totals, and what follows from them: click-through rate (clicks per
 * impression), sales (direct and halo) and return on ad spend (sales per unit spent); {@code null} where
 * there is nothing to divide by.
 */
public record ReportRow(LocalDate day, Long advertiserId, Long campaignId, Long adGroupId, long impressions,
                        long clicks, long invalidClicks, BigDecimal ctr, BigDecimal spend, long addToCarts,
                        BigDecimal addToCartValue, long directUnits, BigDecimal directSales, long haloUnits,
                        BigDecimal haloSales, BigDecimal sales, BigDecimal roas) {

    public static ReportRow of(LocalDate day, Long advertiserId, Long campaignId, Long adGroupId, long impressions,
                               long clicks, long invalidClicks, BigDecimal spend, long addToCarts,
                               BigDecimal addToCartValue, long directUnits, BigDecimal directSales, long haloUnits,
                               BigDecimal haloSales) {
        BigDecimal sales = directSales.add(haloSales);
        BigDecimal ctr = impressions == 0 ? null
                : BigDecimal.valueOf(clicks).divide(BigDecimal.valueOf(impressions), 4, RoundingMode.HALF_UP);
        BigDecimal roas = spend.signum() == 0 ? null : sales.divide(spend, 2, RoundingMode.HALF_UP);
        return new ReportRow(day, advertiserId, campaignId, adGroupId, impressions, clicks, invalidClicks, ctr,
                spend.setScale(2, RoundingMode.HALF_UP), addToCarts, addToCartValue, directUnits, directSales,
                haloUnits, haloSales, sales, roas);
    }

    /** The sum of two rows' totals, standing for nothing in particular (a report's total). */
    public ReportRow plus(ReportRow other) {
        return of(null, null, null, null, impressions + other.impressions, clicks + other.clicks,
                invalidClicks + other.invalidClicks, spend.add(other.spend), addToCarts + other.addToCarts,
                addToCartValue.add(other.addToCartValue), directUnits + other.directUnits,
                directSales.add(other.directSales), haloUnits + other.haloUnits, haloSales.add(other.haloSales));
    }

    public static ReportRow empty() {
        return of(null, null, null, null, 0, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0,
                BigDecimal.ZERO);
    }
}
