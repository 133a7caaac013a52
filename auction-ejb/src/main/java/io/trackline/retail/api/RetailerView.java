package io.trackline.retail.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * A retailer as the management API shows it; {@code signatureScheme} is {@code any} or
 * {@code standard_webhooks}.
 */
public record RetailerView(long id, String name, BigDecimal spReservePrice, BigDecimal displayReservePrice,
                           int attributionWindowDays, boolean replayProtection, String impressionsOn,
                           String signatureScheme, Instant createdAt) {

    public RetailerSettings settings() {
        return new RetailerSettings(name, spReservePrice, displayReservePrice, attributionWindowDays,
                replayProtection, RetailerSettings.ImpressionsOn.valueOf(impressionsOn.toUpperCase(Locale.ROOT)),
                RetailerSettings.SignatureScheme.ofWireName(signatureScheme));
    }
}
