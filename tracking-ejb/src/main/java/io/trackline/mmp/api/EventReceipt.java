package io.trackline.mmp.api;

/**
 * The answer to an S2S event: its id (absent for an attribution-only call), whether it was a repeat of a
 * non-repeatable event (stored, not counted), and how its user is attributed.
 */
public record EventReceipt(String id, String userId, String eventId, boolean duplicate, Attribution attribution) {
}
