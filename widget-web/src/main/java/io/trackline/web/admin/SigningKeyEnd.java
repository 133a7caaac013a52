package io.trackline.web.admin;

import java.time.Instant;

/** When an existing signing key stops signing: {@code valid_until}, or {@code null} for not before revoked. */
public record SigningKeyEnd(Instant validUntil) {
}
