package io.trackline.auction.application;

import io.trackline.auction.api.AuctionQuery;
import io.trackline.auction.api.AuctionTrace;
import io.trackline.auction.api.TraceEntry;
import io.trackline.auction.infrastructure.TraceArena;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The decision traces of the most recent auctions run on this node, in {@code trackline.auction.trace-memory-mb}
 * of memory set aside at start: each new trace pushes the oldest out, whatever the load.
 */
@ApplicationScoped
public class AuctionTraces {

    /** The smallest trace (one candidate) takes about this many bytes: the table can find that many. */
    static final int MIN_TRACE_BYTES = 128;

    @Inject
    @ConfigProperty(name = "trackline.auction.trace-memory-mb", defaultValue = "64")
    int memoryMegabytes;

    private TraceArena arena;

    @PostConstruct
    void allocate() {
        if (memoryMegabytes < 1 || memoryMegabytes > 1024) {
            throw new IllegalArgumentException("trackline.auction.trace-memory-mb must be from 1 to 1024, not "
                    + memoryMegabytes);
        }
        int bytes = memoryMegabytes << 20;
        arena = new TraceArena(bytes, bytes / MIN_TRACE_BYTES);
    }

    void keep(UUID key, long retailerId, AuctionQuery query, Instant ranAt, List<TraceEntry> trace) {
        arena.put(key.getMostSignificantBits(), key.getLeastSignificantBits(),
                TraceCodec.encode(retailerId, query, ranAt, trace));
    }

    /** The trace of one of the retailer's auctions, while it is among those kept. */
    public Optional<AuctionTrace> find(long retailerId, String auctionGroupId) {
        UUID key;
        try {
            key = UUID.fromString(auctionGroupId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return arena.get(key.getMostSignificantBits(), key.getLeastSignificantBits())
                .map(bytes -> TraceCodec.decode(auctionGroupId, bytes))
                .filter(decoded -> decoded.retailerId() == retailerId).map(TraceCodec.Decoded::trace);
    }
}
