package io.trackline.auction.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * An ad group as its advertiser manages it: format ({@code SP} or {@code DISPLAY}), status, default bid,
 * promoted products in order, and its keywords (each with its match type and own bid, if any).
 */
public record AdGroupView(long id, long campaignId, String name, String format, String status,
                          BigDecimal defaultBid, List<String> productIds, List<Keyword> keywords) {

    /** A keyword target: normalised text, {@code EXACT}, {@code PHRASE}, {@code BROAD} or {@code NEGATIVE}. */
    public record Keyword(long id, String keyword, String matchType, BigDecimal bid) {
    }
}
