package io.trackline.auction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.trackline.auction.api.AuctionQuery;
import io.trackline.auction.api.AuctionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Winner ids as the seed shows them, and the winner a click names. */
class AuctionRecordTest {

    private static final String UUID = "0b6dfac8-a832-48e7-947f-d7b26abb25bc";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static AuctionRecord auction() {
        AdGroup group = new AdGroup(42, 7, 3, AdFormat.SP, true, new BigDecimal("0.80"), List.of("EAN004"),
                List.of(), List.of(), 1.0);
        Winner winner = new Winner(1, group, List.of("EAN004"), null, new BigDecimal("0.61"));
        return new AuctionRecord("2512eba7-9a11-4723-a190-e48b541c3ee2", UUID, 11,
                new AuctionQuery(AuctionType.SP_KEYWORD, "cola", null, null, 4), "WEB_DESKTOP", "u1",
                List.of(winner), NOW, true);
    }

    @Test
    void aWinnersIdIsTheAuctionsUuidThenItsAdGroup() {
        AuctionRecord auction = auction();

        assertEquals(UUID + "-42", auction.auctionId(auction.winners().get(0)));
        assertEquals(UUID, AuctionRecord.auctionUuid(UUID + "-42"));
    }

    @Test
    void anIdThatIsNotAWinnersHasNoUuid() {
        assertNull(AuctionRecord.auctionUuid(UUID));
        assertNull(AuctionRecord.auctionUuid("not-an-auction-id"));
    }

    @Test
    void aClickFindsItsWinnerWithItsPriceAndPayer() {
        assertEquals(Optional.of(new WinnerRef(UUID + "-42", 11, 3, 7, 42, new BigDecimal("0.61"), NOW,
                        List.of("EAN004"))),
                auction().winner(UUID + "-42"));
        assertEquals(Optional.empty(), auction().winner(UUID + "-43"));
    }
}
