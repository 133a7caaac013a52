package io.trackline.web.influencer;

import io.trackline.web.validation.IpAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The seed's postback body. Strings arrive trimmed ({@link #normalized()}); optional ones that are blank
 * count as absent. {@code event_id}, when given, is the postback's idempotency key.
 */
public record PostbackRequest(
        @NotBlank(message = "is required") @Size(max = 100) String influencerId,
        @NotBlank(message = "is required") @Size(max = 64)
        @Pattern(regexp = CODE, message = CODE_MESSAGE) String product,
        @Size(max = 64) @Pattern(regexp = CODE, message = CODE_MESSAGE) String eventType,
        @Size(max = 100) String eventName,
        @Size(max = 100) String campaign,
        @Size(max = 100) String medium,
        @Size(max = 100) String source,
        @IpAddress String ip,
        @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 country code") String country,
        @Size(max = 1024) String userAgent,
        @Size(max = 128) String eventId) {

    static final String CODE = "[A-Za-z0-9][A-Za-z0-9_.-]*";
    static final String CODE_MESSAGE = "may contain only letters, digits, '_', '.' and '-'";

    PostbackRequest normalized() {
        return new PostbackRequest(trim(influencerId), trim(product), trim(eventType), trim(eventName),
                trim(campaign), trim(medium), trim(source), trim(ip),
                country == null || country.isBlank() ? null : country.trim().toUpperCase(java.util.Locale.ROOT),
                trim(userAgent), trim(eventId));
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
