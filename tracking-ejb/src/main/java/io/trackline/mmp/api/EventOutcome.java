package io.trackline.mmp.api;

/** A receipt, and whether it is the stored answer to an earlier request under the same idempotency key. */
public record EventOutcome(EventReceipt receipt, boolean replayed) {
}
