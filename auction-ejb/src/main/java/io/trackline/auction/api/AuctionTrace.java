package io.trackline.auction.api;

import io.trackline.auction.domain.TraceEntry;
import java.time.Instant;
import java.util.List;

/** How an auction was decided: every candidate ad group, its bid, quality, score and fate. */
public record AuctionTrace(String auctionGroupId, String auctionType, String query, Instant ranAt,
                           List<TraceEntry> candidates) {
}
