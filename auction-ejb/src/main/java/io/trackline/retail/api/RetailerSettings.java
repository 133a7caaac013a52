package io.trackline.retail.api;

import java.math.BigDecimal;

/**
 * What a retailer decides: its name, the least a click may cost per format, how long after a click a sale
 * is attributed to it, whether its requests must carry a signed, fresh {@code ts}, and when a winner is an
 * impression: when an auction serves it, or when the retailer reports it shown.
 */
public record RetailerSettings(String name, BigDecimal spReservePrice, BigDecimal displayReservePrice,
                               int attributionWindowDays, boolean replayProtection, ImpressionsOn impressionsOn) {

    /** When a winner counts as an impression. */
    public enum ImpressionsOn {
        SERVE, SHOWN
    }

    public static final BigDecimal DEFAULT_SP_RESERVE = new BigDecimal("0.10");
    public static final BigDecimal DEFAULT_DISPLAY_RESERVE = new BigDecimal("0.20");
    public static final int DEFAULT_ATTRIBUTION_WINDOW_DAYS = 14;

    /** A new retailer's settings unless it says otherwise: the seed's attribution window, no replay check. */
    public static RetailerSettings defaults(String name) {
        return new RetailerSettings(name, DEFAULT_SP_RESERVE, DEFAULT_DISPLAY_RESERVE,
                DEFAULT_ATTRIBUTION_WINDOW_DAYS, false, ImpressionsOn.SERVE);
    }
}
