package io.trackline.auction.domain;

import java.time.Instant;

/** A click on an auction's winner, as its request found it, waiting for its batch to bill it. */
public record PendingClick(WinnerRef winner, String uid, Instant at) {
}
