package io.trackline.auction.domain;

import java.time.Instant;
import java.util.List;

/**
 * An add-to-cart or a purchase, attributed as its request found the shopper's clicks, waiting for its batch
 * to store it: its lines, and what they add to their ad groups' days.
 */
public record PendingConversion(long retailerId, String kind, String eventKey, String uid, Instant at,
                                List<StoredConversions.LineRow> lines, List<DailyStats.Delta> deltas) {
}
