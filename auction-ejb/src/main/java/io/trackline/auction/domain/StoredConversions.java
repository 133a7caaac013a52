package io.trackline.auction.domain;

import io.trackline.auction.api.AttributedLine;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Add-to-carts and purchases with their attributed lines, and what attributing them reads. */
public interface StoredConversions {

    /** A line to store, attributed or not. */
    record LineRow(long retailerId, String kind, String eventKey, int lineNo, String uid, AttributedLine line,
                   Instant occurredAt) {
    }

    /**
     * Claims each conversion's key; {@code false} where it was received before, in an earlier batch or
     * earlier in this one (it waits for a concurrent one to end).
     */
    boolean[] claim(List<PendingConversion> conversions);

    /**
     * Each of these shoppers' valid clicks since then, newest first, the most recent {@code limit} of them
     * each: billed, or counted on a spent campaign.
     */
    Map<String, List<UserClick>> clicksSince(long retailerId, Collection<String> uids, Instant since, int limit);

    /**
     * For each product, which of these advertisers own it: an ad group of theirs promotes it, or it is of the
     * brand they sell.
     */
    Map<String, Set<Long>> owners(long retailerId, Collection<String> productIds,
                                   Collection<Long> advertiserIds);

    void insertLines(List<LineRow> lines);

    /** The lines of a conversion received before, as they were attributed then. */
    List<AttributedLine> lines(long retailerId, String kind, String eventKey);
}
