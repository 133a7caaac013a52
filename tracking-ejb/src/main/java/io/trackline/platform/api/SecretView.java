package io.trackline.platform.api;

import java.time.Instant;

/** One of an owner's secrets (a brand's access key, an app's S2S token), without the secret. */
public record SecretView(long id, String label, Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
