package io.trackline.retail.api;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What a retailer decides: its name, the least a click may cost per format, how long after a click a sale
 * is attributed to it, whether its seed-signed requests must carry a signed, fresh {@code ts}, when a winner
 * is an impression (when an auction serves it, or when the retailer reports it shown), and which signatures
 * it accepts.
 */
public record RetailerSettings(String name, BigDecimal spReservePrice, BigDecimal displayReservePrice,
                               int attributionWindowDays, boolean replayProtection, ImpressionsOn impressionsOn,
                               SignatureScheme signatureScheme) {

    /** When a winner counts as an impression. */
    public enum ImpressionsOn {
        SERVE, SHOWN
    }

    /**
     * Which signatures a retailer's requests may carry: {@code ANY} takes the seed's {@code X-STREAEM-HASH}
     * or Standard Webhooks, so seed integrations keep working; {@code STANDARD_WEBHOOKS} takes only the
     * latter, whose signature covers exactly one body (the seed's signs values without their names).
     */
    public enum SignatureScheme {
        ANY, STANDARD_WEBHOOKS;

        /** As the API and the dashboard spell it: {@code any}, {@code standard_webhooks}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static SignatureScheme ofWireName(String wireName) {
            return valueOf(wireName.toUpperCase(Locale.ROOT));
        }
    }

    public static final BigDecimal DEFAULT_SP_RESERVE = new BigDecimal("0.10");
    public static final BigDecimal DEFAULT_DISPLAY_RESERVE = new BigDecimal("0.20");
    public static final int DEFAULT_ATTRIBUTION_WINDOW_DAYS = 14;

    /**
     * A new retailer's settings unless it says otherwise: the seed's attribution window, no replay check,
     * either signature.
     */
    public static RetailerSettings defaults(String name) {
        return new RetailerSettings(name, DEFAULT_SP_RESERVE, DEFAULT_DISPLAY_RESERVE,
                DEFAULT_ATTRIBUTION_WINDOW_DAYS, false, ImpressionsOn.SERVE, SignatureScheme.ANY);
    }

    public RetailerSettings withSignatureScheme(SignatureScheme scheme) {
        return new RetailerSettings(name, spReservePrice, displayReservePrice, attributionWindowDays,
                replayProtection, impressionsOn, scheme);
    }
}
