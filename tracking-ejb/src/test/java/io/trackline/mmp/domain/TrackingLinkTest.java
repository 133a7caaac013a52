package io.trackline.mmp.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackingLinkTest {

    @ParameterizedTest
    @CsvSource({
            "https://shop.example/app,                  https://shop.example/app?clkid=ID",
            "https://shop.example/app?ref=x,            https://shop.example/app?ref=x&clkid=ID",
            "https://shop.example/app?,                 https://shop.example/app?clkid=ID",
            "https://shop.example/app?ref=x&,           https://shop.example/app?ref=x&clkid=ID",
            "https://shop.example/app#top,              https://shop.example/app?clkid=ID#top",
            "https://shop.example/app?ref=x#top,        https://shop.example/app?ref=x&clkid=ID#top",
            // a '?' in the fragment is no query
            "https://shop.example/app#/page?tab=2,      https://shop.example/app?clkid=ID#/page?tab=2"})
    void theClickIdIsAddedAsAParameterBeforeAnyFragment(String destination, String expected) {
        assertEquals(expected, TrackingLink.withClickId(destination, "ID"));
    }

    @Test
    void aLinkSendsToItsDestination() {
        TrackingLink link = new TrackingLink("pub1", 1L, "publisher", "spring", SubIds.none(),
                "https://shop.example/app?ref=x", Instant.EPOCH);

        assertEquals("https://shop.example/app?ref=x&clkid=abc", link.destinationWith("abc"));
    }

    @Test
    void aLinkLoadedWithoutSubIdsHasNone() {
        TrackingLink link = new TrackingLink("pub1", 1L, "publisher", null, null, "https://shop.example/app",
                Instant.EPOCH);

        assertEquals(SubIds.none().values(), link.subIds().values());
    }
}
