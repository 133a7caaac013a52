package io.trackline.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A signing key to issue: a label for people, and when it signs (from now, until revoked, by default). */
public record SigningKeyRequest(@NotBlank(message = "is required") @Size(max = 100) String label,
                                Instant validFrom, Instant validUntil) {
}
