package io.trackline.auction.api;

import java.time.LocalDate;

/**
 * Which of a retailer's daily totals to report: the days from {@code from} to {@code to} (UTC, inclusive),
 * one row per {@code level} (and per day when {@code daily}), for one advertiser or campaign or all.
 */
public record ReportQuery(LocalDate from, LocalDate to, Level level, boolean daily, Long advertiserId,
                          Long campaignId) {

    /** What a report row stands for: the retailer as a whole, or one advertiser, campaign or ad group. */
    public enum Level {
        RETAILER, ADVERTISER, CAMPAIGN, AD_GROUP;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
