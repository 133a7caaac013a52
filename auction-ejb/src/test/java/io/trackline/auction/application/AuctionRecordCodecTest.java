package io.trackline.auction.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.trackline.auction.api.AuctionQuery;
import io.trackline.auction.api.AuctionType;
import io.trackline.auction.domain.AdFormat;
import io.trackline.auction.domain.AdGroup;
import io.trackline.auction.domain.AuctionRecord;
import io.trackline.auction.domain.Creative;
import io.trackline.auction.domain.Winner;
import io.trackline.auction.domain.WinnerRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An auction crosses Kafka with everything its database row and a click on any of its winners need. */
class AuctionRecordCodecTest {

    @Test
    void whatTheRowAndAClickNeedSurvives() {
        AdGroup group = new AdGroup(9_000_000_001L, 77, 5, AdFormat.SP, true, new BigDecimal("0.40"),
                List.of("p-1", "p-2"), List.of(List.of("cheap")), List.of(), 1.3);
        Winner winner = new Winner(1, group, List.of("p-2"), (Creative) null, new BigDecimal("0.3512"));
        AuctionRecord sent = new AuctionRecord("7a0f6f4e-2b1c-4bb5-9a51-4c2f0b0e2d11",
                "0c7e2c5a-5b7e-4f9b-8c86-2c1a4b7e9f00", 11,
                new AuctionQuery(AuctionType.SP_KEYWORD, "crème brûlée", null, null, 4), "web", "user-1",
                List.of(winner), Instant.parse("2026-12-03T10:15:30.123456Z"), true);

        AuctionRecord received = AuctionRecordCodec.decode(AuctionRecordCodec.encode(sent));

        assertEquals(sent.auctionGroupId(), received.auctionGroupId());
        assertEquals(sent.auctionUuid(), received.auctionUuid());
        assertEquals(sent.query(), received.query());
        assertEquals(sent.platformType(), received.platformType());
        assertEquals(sent.uid(), received.uid());
        assertEquals(sent.ranAt(), received.ranAt());
        assertEquals(sent.impressionsOnServe(), received.impressionsOnServe());
        String auctionId = sent.auctionId(winner);
        WinnerRef expected = sent.winner(auctionId).orElseThrow();
        assertEquals(expected, received.winner(auctionId).orElseThrow());
        Winner back = received.winners().get(0);
        assertEquals(winner.rank(), back.rank());
        assertEquals(winner.price(), back.price());
        assertEquals(AdFormat.SP, back.adGroup().format());
        assertNull(back.creative(), "the creative was in the answer already; the record needs none");
    }
}
