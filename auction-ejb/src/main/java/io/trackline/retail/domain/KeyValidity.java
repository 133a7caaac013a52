package io.trackline.retail.domain;

import java.time.Instant;

/** When a signing key signs: from its {@code validFrom} on, up to (not at) its {@code validUntil}, if it has one. */
public final class KeyValidity {

    private KeyValidity() {
    }

    public static boolean signsAt(Instant validFrom, Instant validUntil, Instant now) {
        return !validFrom.isAfter(now) && (validUntil == null || validUntil.isAfter(now));
    }
}
