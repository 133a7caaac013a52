package io.trackline.auction.api;

import java.time.Instant;
import java.util.List;

/**
 * How an auction was decided: every candidate ad group (winners by rank, then the others by score), its bid,
 * quality, score and fate. {@code candidateCount} may exceed the candidates listed: a trace keeps at most a
 * couple of hundred.
 */
public record AuctionTrace(String auctionGroupId, String auctionType, String query, Instant ranAt,
                           int candidateCount, List<TraceEntry> candidates) {
}
