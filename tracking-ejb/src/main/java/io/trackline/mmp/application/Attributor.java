package io.trackline.mmp.application;

import io.trackline.mmp.api.AppRef;
import io.trackline.mmp.api.AttributionSource;
import io.trackline.mmp.api.S2SEventCommand;
import io.trackline.mmp.domain.AttributionClues;
import io.trackline.mmp.domain.ClickId;
import io.trackline.mmp.domain.ClickLookup;
import io.trackline.mmp.domain.ClickLookup.ClickRow;
import io.trackline.mmp.domain.PendingEvent;
import io.trackline.mmp.domain.UserAttribution;
import io.trackline.platform.application.VisitorHashing;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attributes new users at first sight. First a click the call names: {@code clkid}, or a {@code user_id}
 * that is itself a click id (the seed's advanced flow), within the app's click window. Else the latest
 * click of the same visitor (keyed hash of ip and user agent, under today's or yesterday's key) within the
 * fingerprint window. Else the user is organic. The clues are gathered with the request; the clicks are
 * looked up by the writer, a few queries for a whole batch.
 */
@ApplicationScoped
public class Attributor {

    @Inject
    private ClickLookup clicks;

    @EJB
    private VisitorHashing visitorHashing;

    public AttributionClues clues(S2SEventCommand command) {
        List<String> clickIds = new ArrayList<>(2);
        for (String named : new String[] {command.clickId(), command.userId()}) {
            if (ClickId.plausible(named)) {
                clickIds.add(named);
            }
        }
        List<String> fingerprints = List.of();
        if (command.ip() != null && command.userAgent() != null) {
            LocalDate today = VisitorHashing.today();
            fingerprints = List.of(visitorHashing.hash(today, command.ip(), command.userAgent()),
                    visitorHashing.hash(today.minusDays(1), command.ip(), command.userAgent()));
        }
        return new AttributionClues(clickIds, fingerprints);
    }

    /** The attribution of each new user's event, in order, from the app's clicks on this connection. */
    public List<UserAttribution> attribute(Connection connection, List<PendingEvent> fresh) throws SQLException {
        Map<Long, List<PendingEvent>> byApp = fresh.stream().collect(Collectors.groupingBy(PendingEvent::appId));
        Map<String, ClickRow> named = new HashMap<>();
        Map<String, List<ClickRow>> byFingerprint = new HashMap<>();
        for (Map.Entry<Long, List<PendingEvent>> app : byApp.entrySet()) {
            List<PendingEvent> events = app.getValue();
            Set<String> clickIds = collect(events, clues -> clues.clickIds());
            Set<String> fingerprints = collect(events, clues -> clues.fingerprints());
            Instant since = events.stream().map(event -> event.receivedAt().minus(event.command().app()
                    .fingerprintLookback())).min(Comparator.naturalOrder()).orElseThrow();
            for (ClickRow click : clicks.byPublicIds(connection, app.getKey(), clickIds)) {
                named.put(app.getKey() + "/" + click.publicId(), click);
            }
            for (ClickRow click : clicks.byFingerprints(connection, app.getKey(), fingerprints, since)) {
                byFingerprint.computeIfAbsent(app.getKey() + "/" + click.fingerprint(), key -> new ArrayList<>())
                        .add(click);
            }
        }
        return fresh.stream().map(event -> decide(event, named, byFingerprint)).toList();
    }

    static UserAttribution decide(PendingEvent event, Map<String, ClickRow> named,
                                  Map<String, List<ClickRow>> byFingerprint) {
        AppRef app = event.command().app();
        Instant clickSince = event.receivedAt().minus(app.clickLookback());
        for (String clickId : event.clues().clickIds()) {
            ClickRow click = named.get(app.id() + "/" + clickId);
            if (click != null && !click.clickedAt().isBefore(clickSince)) {
                return attributed(AttributionSource.CLICK, click);
            }
        }
        Instant fingerprintSince = event.receivedAt().minus(app.fingerprintLookback());
        Optional<ClickRow> latest = event.clues().fingerprints().stream()
                .flatMap(fingerprint -> byFingerprint.getOrDefault(app.id() + "/" + fingerprint, List.of()).stream())
                .filter(click -> !click.clickedAt().isBefore(fingerprintSince)
                        && !click.clickedAt().isAfter(event.receivedAt()))
                .max(Comparator.comparing(ClickRow::clickedAt).thenComparing(ClickRow::id));
        return latest.map(click -> attributed(AttributionSource.FINGERPRINT, click))
                .orElseGet(UserAttribution::organic);
    }

    private static Set<String> collect(List<PendingEvent> events, Function<AttributionClues, List<String>> clue) {
        Set<String> values = new LinkedHashSet<>();
        events.forEach(event -> values.addAll(clue.apply(event.clues())));
        return values;
    }

    private static UserAttribution attributed(AttributionSource source, ClickRow click) {
        return new UserAttribution(source, click.id(), click.publicId(), click.publisher(), click.campaign());
    }
}
