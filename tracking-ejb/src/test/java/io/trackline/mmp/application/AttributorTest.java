package io.trackline.mmp.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trackline.mmp.api.AppRef;
import io.trackline.mmp.api.AttributionSource;
import io.trackline.mmp.api.S2SEventCommand;
import io.trackline.mmp.domain.AttributionClues;
import io.trackline.mmp.domain.ClickLookup.ClickRow;
import io.trackline.mmp.domain.PendingEvent;
import io.trackline.mmp.domain.UserAttribution;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The attribution rules, on clicks already looked up: named click first, then fingerprint, else organic. */
class AttributorTest {

    private static final AppRef APP = new AppRef(7L, "app", "EUR", Duration.ofDays(7), Duration.ofHours(24));
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private static PendingEvent event(List<String> clickIds, List<String> fingerprints) {
        S2SEventCommand command = new S2SEventCommand(APP, "user", "register", null, null, null, null, "EUR", null,
                null, null, null);
        return new PendingEvent(command, false, null, new AttributionClues(clickIds, fingerprints), "id", NOW,
                LocalDate.of(2026, 11, 22), null);
    }

    private static ClickRow click(long id, String publicId, String fingerprint, Duration ago) {
        return new ClickRow(id, publicId, "publisher-" + id, "campaign", fingerprint, NOW.minus(ago));
    }

    @Test
    void aNamedClickWithinTheClickWindowWinsOverAFingerprint() {
        ClickRow named = click(1, "named", null, Duration.ofDays(6));
        ClickRow sameVisitor = click(2, "other", "fp", Duration.ofMinutes(5));

        UserAttribution attribution = Attributor.decide(event(List.of("named"), List.of("fp")),
                Map.of("7/named", named), Map.of("7/fp", List.of(sameVisitor)));

        assertEquals(AttributionSource.CLICK, attribution.source());
        assertEquals("named", attribution.clickId());
        assertEquals("publisher-1", attribution.publisher());
    }

    @Test
    void aNamedClickPastTheWindowFallsBackToTheLatestFingerprintClickWithinItsWindow() {
        ClickRow expired = click(1, "named", null, Duration.ofDays(8));
        ClickRow older = click(2, "older", "fp-yesterday", Duration.ofHours(20));
        ClickRow latest = click(3, "latest", "fp-today", Duration.ofHours(2));
        ClickRow tooOld = click(4, "too-old", "fp-yesterday", Duration.ofHours(25));
        ClickRow afterTheEvent = click(5, "after", "fp-today", Duration.ofMinutes(-1));

        UserAttribution attribution = Attributor.decide(event(List.of("named"), List.of("fp-today", "fp-yesterday")),
                Map.of("7/named", expired),
                Map.of("7/fp-today", List.of(latest, afterTheEvent), "7/fp-yesterday", List.of(older, tooOld)));

        assertEquals(AttributionSource.FINGERPRINT, attribution.source());
        assertEquals("latest", attribution.clickId());
        assertEquals(3L, attribution.clickRowId());
    }

    @Test
    void anotherAppsClicksAndStaleFingerprintsLeaveTheUserOrganic() {
        ClickRow elsewhere = click(1, "named", null, Duration.ofMinutes(1));
        ClickRow stale = click(2, "stale", "fp", Duration.ofHours(30));

        UserAttribution attribution = Attributor.decide(event(List.of("named"), List.of("fp")),
                Map.of("8/named", elsewhere), Map.of("7/fp", List.of(stale)));

        assertEquals(AttributionSource.ORGANIC, attribution.source());
        assertEquals(null, attribution.clickId());
    }
}
