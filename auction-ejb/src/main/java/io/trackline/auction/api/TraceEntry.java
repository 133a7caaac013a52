package io.trackline.auction.api;

import java.math.BigDecimal;

/**
 * One candidate ad group in an auction's decision trace: its bid, quality and score, and either its rank
 * and click price or why it did not win.
 */
public record TraceEntry(long adGroupId, long campaignId, BigDecimal bid, double quality, double score,
                         Integer rank, BigDecimal price, String excludedFor) {
}
