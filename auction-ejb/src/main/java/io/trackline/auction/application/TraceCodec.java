package io.trackline.auction.application;

import io.trackline.auction.api.AuctionQuery;
import io.trackline.auction.api.AuctionTrace;
import io.trackline.auction.api.AuctionType;
import io.trackline.auction.api.TraceEntry;
import io.trackline.auction.domain.Exclusion;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A decision trace as bytes, about twenty a candidate: ids and amounts as variable-length integers, the
 * score left out (it is the bid times the quality). An auction with more than {@value #MAX_ENTRIES}
 * candidates keeps its winners and its best-scored others.
 */
final class TraceCodec {

    /** The trace of one of a retailer's auctions. */
    record Decoded(long retailerId, AuctionTrace trace) {
    }

    static final int MAX_ENTRIES = 200;
    /** Retailer, time, type, candidate count and the query's length, at most. */
    private static final int HEADER_BYTES = 10 + 10 + 1 + 5 + 5;
    /** Two ids, bid, quality, rank, price and exclusion, at most. */
    private static final int MAX_ENTRY_BYTES = 10 + 10 + 11 + 8 + 1 + 11 + 1;
    private static final byte ABSENT = -1;
    private static final AuctionType[] TYPES = AuctionType.values();
    private static final Exclusion[] EXCLUSIONS = Exclusion.values();

    /** Winners by rank, then the others by score. */
    private static final Comparator<TraceEntry> WINNERS_FIRST = Comparator
            .comparing((TraceEntry entry) -> entry.rank() == null ? Integer.MAX_VALUE : entry.rank())
            .thenComparing(Comparator.comparingDouble(TraceEntry::score).reversed())
            .thenComparingLong(TraceEntry::adGroupId);

    private TraceCodec() {
    }

    static byte[] encode(long retailerId, AuctionQuery query, Instant ranAt, List<TraceEntry> trace) {
        List<TraceEntry> kept = trace;
        if (trace.size() > MAX_ENTRIES) {
            kept = new ArrayList<>(trace);
            kept.sort(WINNERS_FIRST);
            kept = kept.subList(0, MAX_ENTRIES);
        }
        byte[] text = query.text().getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + text.length + kept.size() * MAX_ENTRY_BYTES);
        putVarLong(buffer, retailerId);
        putVarLong(buffer, ranAt.toEpochMilli());
        buffer.put((byte) query.type().ordinal());
        putVarLong(buffer, trace.size());
        putVarLong(buffer, text.length);
        buffer.put(text);
        for (TraceEntry entry : kept) {
            putVarLong(buffer, entry.adGroupId());
            putVarLong(buffer, entry.campaignId());
            putDecimal(buffer, entry.bid());
            buffer.putDouble(entry.quality());
            buffer.put(entry.rank() == null ? 0 : entry.rank().byteValue());
            putDecimal(buffer, entry.price());
            buffer.put(entry.excludedFor() == null ? ABSENT : (byte) Exclusion.ofWireName(entry.excludedFor())
                    .ordinal());
        }
        byte[] bytes = new byte[buffer.position()];
        buffer.flip().get(bytes);
        return bytes;
    }

    static Decoded decode(String auctionGroupId, byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long retailerId = getVarLong(buffer);
        Instant ranAt = Instant.ofEpochMilli(getVarLong(buffer));
        AuctionType type = TYPES[buffer.get()];
        int candidates = (int) getVarLong(buffer);
        byte[] text = new byte[(int) getVarLong(buffer)];
        buffer.get(text);
        List<TraceEntry> entries = new ArrayList<>();
        while (buffer.hasRemaining()) {
            long adGroupId = getVarLong(buffer);
            long campaignId = getVarLong(buffer);
            BigDecimal bid = getDecimal(buffer);
            double quality = buffer.getDouble();
            byte rank = buffer.get();
            BigDecimal price = getDecimal(buffer);
            byte excluded = buffer.get();
            entries.add(new TraceEntry(adGroupId, campaignId, bid, quality, bid.doubleValue() * quality,
                    rank == 0 ? null : (int) rank, price, excluded == ABSENT ? null : EXCLUSIONS[excluded].wireName()));
        }
        entries.sort(WINNERS_FIRST);
        return new Decoded(retailerId, new AuctionTrace(auctionGroupId, type.name(),
                new String(text, StandardCharsets.UTF_8), ranAt, candidates, entries));
    }

    /** Amounts are DECIMAL(12,4) and prices have two places: their unscaled value fits a long. */
    private static void putDecimal(ByteBuffer buffer, BigDecimal value) {
        if (value == null) {
            buffer.put(ABSENT);
            return;
        }
        buffer.put((byte) value.scale());
        putVarLong(buffer, value.unscaledValue().longValueExact());
    }

    private static BigDecimal getDecimal(ByteBuffer buffer) {
        byte scale = buffer.get();
        return scale == ABSENT ? null : BigDecimal.valueOf(getVarLong(buffer), scale);
    }

    /** Seven bits a byte, zig-zag signed: small values, few bytes. */
    private static void putVarLong(ByteBuffer buffer, long value) {
        long bits = (value << 1) ^ (value >> 63);
        while ((bits & ~0x7FL) != 0) {
            buffer.put((byte) ((bits & 0x7F) | 0x80));
            bits >>>= 7;
        }
        buffer.put((byte) bits);
    }

    private static long getVarLong(ByteBuffer buffer) {
        long bits = 0;
        int shift = 0;
        byte next;
        do {
            next = buffer.get();
            bits |= (long) (next & 0x7F) << shift;
            shift += 7;
        } while (next < 0);
        return (bits >>> 1) ^ -(bits & 1);
    }
}
