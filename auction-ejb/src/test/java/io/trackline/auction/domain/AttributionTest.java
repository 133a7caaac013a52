package io.trackline.auction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Last touch, direct first: which of a shopper's clicks earns a conversion line. */
class AttributionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static UserClick click(String auctionId, long advertiser, long hoursAgo, String... products) {
        return new UserClick(auctionId, advertiser, advertiser * 10, advertiser * 100, List.of(products),
                NOW.minusSeconds(hoursAgo * 3600));
    }

    @Test
    void theClickThatShowedTheProductEarnsItDirect() {
        UserClick shown = click("a-1", 1, 5, "KETTLE");

        assertEquals(Optional.of(new Attribution(Attribution.Kind.DIRECT, shown)),
                Attribution.of("KETTLE", List.of(click("b-2", 2, 1, "TOASTER"), shown), Set.of()));
    }

    @Test
    void ofSeveralClicksThatShowedTheProductTheLatestEarnsIt() {
        UserClick latest = click("a-1", 1, 1, "KETTLE");

        assertEquals(latest, Attribution.of("KETTLE", List.of(latest, click("a-2", 2, 3, "KETTLE")), Set.of())
                .orElseThrow().click());
    }

    @Test
    void aDirectClickWinsOverALaterClickOfTheSameAdvertiser() {
        UserClick direct = click("a-1", 1, 48, "KETTLE");
        UserClick halo = click("a-2", 1, 1, "KETTLE-LID");

        assertEquals(Attribution.Kind.DIRECT, Attribution.of("KETTLE", List.of(halo, direct), Set.of(1L))
                .orElseThrow().kind());
    }

    @Test
    void withoutADirectClickTheLatestClickOfAnOwnerEarnsAHalo() {
        UserClick older = click("a-1", 1, 30, "KETTLE-LID");
        UserClick newer = click("a-2", 1, 2, "TEAPOT");
        UserClick stranger = click("b-1", 2, 1, "TOASTER");

        assertEquals(Optional.of(new Attribution(Attribution.Kind.HALO, newer)),
                Attribution.of("KETTLE", List.of(stranger, newer, older), Set.of(1L)));
    }

    @Test
    void noClickOfAnOwnerEarnsNothing() {
        assertEquals(Optional.empty(), Attribution.of("KETTLE", List.of(click("b-1", 2, 1, "TOASTER")), Set.of(1L)));
        assertEquals(Optional.empty(), Attribution.of("KETTLE", List.of(), Set.of(1L)));
    }
}
