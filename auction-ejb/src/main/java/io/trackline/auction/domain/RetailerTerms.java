package io.trackline.auction.domain;

import io.trackline.retail.api.RetailerSettings;
import java.math.BigDecimal;

/**
 * What a retailer's settings mean to its auctions and events: the least a click may cost per format, how
 * many days after a click a sale is still attributed to it, and whether every winner served counts as an
 * impression (or only those the retailer reports shown).
 */
public record RetailerTerms(BigDecimal spReservePrice, BigDecimal displayReservePrice, int attributionWindowDays,
                            boolean impressionsOnServe) {

    /** A new retailer's terms (those of {@link RetailerSettings#defaults}). */
    public static final RetailerTerms DEFAULTS = new RetailerTerms(RetailerSettings.DEFAULT_SP_RESERVE,
            RetailerSettings.DEFAULT_DISPLAY_RESERVE, RetailerSettings.DEFAULT_ATTRIBUTION_WINDOW_DAYS, true);

    public BigDecimal reservePrice(AdFormat format) {
        return format == AdFormat.SP ? spReservePrice : displayReservePrice;
    }
}
