package io.trackline.auction.api;

import java.math.BigDecimal;

/**
 * The answer to a click: whether it was billed and at what price, or why not ({@code budget_exhausted},
 * {@code too_late}); a repeat of an auction's click is a {@code duplicate} and answers the first outcome.
 */
public record ClickReceipt(String auctionId, boolean billed, BigDecimal price, String reason, boolean duplicate) {
}
