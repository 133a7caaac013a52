package io.trackline.auction.domain;

import io.trackline.auction.api.TraceEntry;
import java.util.List;

/** The winners of an auction, best first, and the trace of how every candidate fared. */
public record AuctionDecision(List<Winner> winners, List<TraceEntry> trace) {
}
