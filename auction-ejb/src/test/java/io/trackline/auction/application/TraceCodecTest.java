package io.trackline.auction.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trackline.auction.api.AuctionQuery;
import io.trackline.auction.api.AuctionTrace;
import io.trackline.auction.api.AuctionType;
import io.trackline.auction.api.TraceEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A trace comes back from its bytes as it went in, winners first; a huge one keeps what matters. */
class TraceCodecTest {

    private static final Instant RAN_AT = Instant.parse("2026-12-01T10:15:30.123Z");
    private static final AuctionQuery QUERY = new AuctionQuery(AuctionType.SP_KEYWORD, "crème brûlée", null, null, 4);

    /** An entry as the engine makes it: the score is the bid times the quality. */
    private static TraceEntry entry(long adGroupId, long campaignId, String bid, double quality, Integer rank,
                                    String price, String excludedFor) {
        BigDecimal amount = new BigDecimal(bid);
        return new TraceEntry(adGroupId, campaignId, amount, quality, amount.doubleValue() * quality, rank,
                price == null ? null : new BigDecimal(price), excludedFor);
    }

    @Test
    void everyFieldOfEveryCandidateSurvives() {
        List<TraceEntry> trace = List.of(
                entry(9_000_000_001L, 77, "0.4000", 0.8, null, null, "no_stock"),
                entry(12, 3, "1.2000", 1.0, 1, "0.91", null),
                entry(13, 3, "0.9000", 1.25, 2, "0.10", null));

        TraceCodec.Decoded decoded = TraceCodec.decode("group", TraceCodec.encode(11, QUERY, RAN_AT, trace));

        assertEquals(11, decoded.retailerId());
        AuctionTrace expected = new AuctionTrace("group", "SP_KEYWORD", "crème brûlée", RAN_AT, 3,
                List.of(trace.get(1), trace.get(2), trace.get(0)));
        assertEquals(expected, decoded.trace());
    }

    @Test
    void aTraceOfThousandsKeepsItsWinnersAndItsBestOthers() {
        List<TraceEntry> trace = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            trace.add(entry(i, i, BigDecimal.valueOf(i, 2).toPlainString(), 1.0, null, null, "outranked"));
        }
        trace.add(entry(5, 5, "0.05", 1.0, 1, "0.05", null));

        AuctionTrace decoded = TraceCodec.decode("g", TraceCodec.encode(1, QUERY, RAN_AT, trace)).trace();

        assertEquals(3_001, decoded.candidateCount());
        assertEquals(TraceCodec.MAX_ENTRIES, decoded.candidates().size());
        assertEquals(Integer.valueOf(1), decoded.candidates().get(0).rank());
        assertEquals(2_999, decoded.candidates().get(1).adGroupId());
        assertEquals(2_999 - TraceCodec.MAX_ENTRIES + 2, decoded.candidates().get(TraceCodec.MAX_ENTRIES - 1)
                .adGroupId());
    }
}
