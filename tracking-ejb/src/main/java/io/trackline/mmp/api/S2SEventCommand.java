package io.trackline.mmp.api;

import java.math.BigDecimal;

/**
 * A validated S2S event. {@code eventId} is {@code null} for an attribution-only call (the seed's first
 * {@code s2sevent} call); {@code amount} and {@code currency} come together, the currency defaulting to the
 * app's; {@code ip} and {@code userAgent} are only used to compute the visitor's fingerprint.
 */
public record S2SEventCommand(AppRef app, String userId, String eventId, String clickId, String ip,
                              String userAgent, BigDecimal amount, String currency, BigDecimal aggregatedValue,
                              String eventValue, String idempotencyKey, String requestHash) {
}
