package io.trackline.auction.domain;

import io.trackline.auction.api.ConversionLine;
import java.time.Instant;
import java.util.List;

/**
 * An add-to-cart or a purchase as its request gave it, waiting for its batch to attribute and store it; an
 * add-to-cart that names the winner it came from carries that click ({@code fromTile}, else {@code null}).
 */
public record PendingConversion(long retailerId, String kind, String eventKey, String uid, Instant at,
                                UserClick fromTile, List<ConversionLine> lines) {
}
