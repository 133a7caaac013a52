package io.trackline.influencer.api;

/** A receipt, and whether it is the stored answer to an earlier request under the same idempotency key. */
public record PostbackOutcome(PostbackReceipt receipt, boolean replayed) {
}
