package io.trackline.auction.domain;

import java.math.BigDecimal;

/**
 * What a retailer's settings mean to its auctions and events: the least a click may cost per format, how
 * many days after a click a sale is still attributed to it, and whether every winner served counts as an
 * impression (or only those the retailer reports shown).
 */
public record RetailerTerms(BigDecimal spReservePrice, BigDecimal displayReservePrice, int attributionWindowDays,
                            boolean impressionsOnServe) {

    public static final RetailerTerms DEFAULTS = new RetailerTerms(new BigDecimal("0.10"), new BigDecimal("0.20"),
            14, true);

    public BigDecimal reservePrice(AdFormat format) {
        return format == AdFormat.SP ? spReservePrice : displayReservePrice;
    }
}
