package io.trackline.mmp.application;

import io.trackline.mmp.api.AppRef;
import io.trackline.mmp.api.AttributionSource;
import io.trackline.mmp.api.S2SEventCommand;
import io.trackline.mmp.domain.Click;
import io.trackline.mmp.domain.ClickId;
import io.trackline.mmp.infrastructure.JpaClickRepository;
import io.trackline.platform.infrastructure.VisitorHashing;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Attributes a user at first sight. First a click the call names: {@code clkid}, or a {@code user_id}
 * that is itself a click id (the seed's advanced flow), within the app's click window. Else the latest
 * click of the same visitor (keyed hash of ip and user agent, under today's or yesterday's key) within the
 * fingerprint window. Else the user is organic.
 */
@ApplicationScoped
public class Attributor {

    @Inject
    private JpaClickRepository clicks;

    @EJB
    private VisitorHashing visitorHashing;

    public UserAttribution attribute(S2SEventCommand command, Instant now) {
        AppRef app = command.app();
        Instant clickSince = now.minus(app.clickLookback());
        for (String named : new String[] {command.clickId(), command.userId()}) {
            if (ClickId.plausible(named)) {
                Optional<Click> click = clicks.byPublicId(app.id(), named, clickSince);
                if (click.isPresent()) {
                    return UserAttribution.of(AttributionSource.CLICK, click.get());
                }
            }
        }
        if (command.ip() != null && command.userAgent() != null) {
            LocalDate today = VisitorHashing.today();
            List<String> fingerprints = List.of(visitorHashing.hash(today, command.ip(), command.userAgent()),
                    visitorHashing.hash(today.minusDays(1), command.ip(), command.userAgent()));
            Optional<Click> click = clicks.latestByFingerprint(app.id(), fingerprints,
                    now.minus(app.fingerprintLookback()));
            if (click.isPresent()) {
                return UserAttribution.of(AttributionSource.FINGERPRINT, click.get());
            }
        }
        return UserAttribution.organic();
    }
}
