package io.trackline.retail.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/** A retailer as the management API shows it. */
public record RetailerView(long id, String name, BigDecimal spReservePrice, BigDecimal displayReservePrice,
                           int attributionWindowDays, boolean replayProtection, String impressionsOn,
                           Instant createdAt) {

    public RetailerSettings settings() {
        return new RetailerSettings(name, spReservePrice, displayReservePrice, attributionWindowDays,
                replayProtection, RetailerSettings.ImpressionsOn.valueOf(impressionsOn.toUpperCase(Locale.ROOT)));
    }
}
