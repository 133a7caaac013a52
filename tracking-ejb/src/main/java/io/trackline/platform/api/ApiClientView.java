package io.trackline.platform.api;

import java.time.Instant;

/** A management API client, without its secret, which only its SHA-256 keeps. */
public record ApiClientView(String clientId, String label, String role, String tenant, Instant createdAt,
                            Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
