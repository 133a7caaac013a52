package io.trackline.auction.domain;

import java.util.List;

/** The winners of an auction, best first, and the trace of how every candidate fared. */
public record AuctionDecision(List<Winner> winners, List<TraceEntry> trace) {
}
