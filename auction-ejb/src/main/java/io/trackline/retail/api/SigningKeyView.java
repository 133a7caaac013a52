package io.trackline.retail.api;

import java.time.Instant;

/**
 * A retailer's signing key without its secret: when it is valid ({@code validUntil} {@code null}: until
 * revoked), whether it signs now, and when it was revoked, if it was.
 */
public record SigningKeyView(long id, String label, Instant validFrom, Instant validUntil, Instant createdAt,
                             Instant revokedAt, boolean active) {
}
