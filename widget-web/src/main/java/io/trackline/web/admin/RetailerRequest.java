package io.trackline.web.admin;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.retail.api.RetailerSettings;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A retailer to add (all but {@code id} and {@code name} optional, with the defaults of
 * {@link RetailerSettings#defaults}), or changes to one ({@code id} ignored, absent fields unchanged).
 * {@code signature_scheme}: {@code any} (the seed's {@code X-STREAEM-HASH} or Standard Webhooks) or
 * {@code standard_webhooks} (only Standard Webhooks).
 */
public record RetailerRequest(
        @Positive(message = "must be a positive retailer id") Long id,
        @Size(min = 1, max = 200) String name,
        @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4) BigDecimal spReservePrice,
        @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4) BigDecimal displayReservePrice,
        @Min(1) @Max(90) Integer attributionWindowDays,
        Boolean replayProtection,
        @Pattern(regexp = "serve|shown", message = "must be serve or shown") String impressionsOn,
        @Pattern(regexp = "any|standard_webhooks", message = "must be any or standard_webhooks")
        String signatureScheme) {

    /** The settings of a new retailer: its name is required, the rest have defaults. */
    RetailerSettings forNewRetailer() {
        if (id == null) {
            throw new InvalidFieldException("id", "is required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "is required");
        }
        return appliedTo(RetailerSettings.defaults(name));
    }

    /** These changes made to {@code current}. */
    RetailerSettings appliedTo(RetailerSettings current) {
        return new RetailerSettings(name != null ? name.strip() : current.name(),
                spReservePrice != null ? spReservePrice : current.spReservePrice(),
                displayReservePrice != null ? displayReservePrice : current.displayReservePrice(),
                attributionWindowDays != null ? attributionWindowDays : current.attributionWindowDays(),
                replayProtection != null ? replayProtection : current.replayProtection(),
                impressionsOn != null ? RetailerSettings.ImpressionsOn.valueOf(impressionsOn.toUpperCase(Locale.ROOT))
                        : current.impressionsOn(),
                signatureScheme != null ? RetailerSettings.SignatureScheme.ofWireName(signatureScheme)
                        : current.signatureScheme());
    }
}
