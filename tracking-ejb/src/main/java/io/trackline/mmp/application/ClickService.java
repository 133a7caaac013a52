package io.trackline.mmp.application;

import io.trackline.mmp.api.ClickCommand;
import io.trackline.mmp.api.ClickReceipt;
import io.trackline.mmp.api.ClickRecorder;
import io.trackline.mmp.domain.Apps;
import io.trackline.mmp.domain.Click;
import io.trackline.mmp.domain.ClickId;
import io.trackline.mmp.domain.Clicks;
import io.trackline.mmp.domain.SubIds;
import io.trackline.mmp.domain.TrackingLink;
import io.trackline.platform.api.AccessDeniedException;
import io.trackline.platform.api.UnknownResourceException;
import io.trackline.platform.application.VisitorHashing;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Records clicks: through a tracking link (credited to its publisher and campaign, then redirected to its
 * destination) or for an app directly. The visitor is kept only as a fingerprint. An app reporting a click
 * through a link may do so only through a link of its own: another app's token never plants a visitor's
 * fingerprint on a link.
 */
@Stateless
@Local(ClickRecorder.class)
public class ClickService implements ClickRecorder {

    @Inject
    private Apps apps;

    @Inject
    private Clicks clicks;

    @EJB
    private VisitorHashing visitorHashing;

    public ClickReceipt record(ClickCommand command) {
        String clickId = ClickId.next();
        Instant now = Instant.now();
        String fingerprint = command.ip() == null || command.userAgent() == null ? null
                : visitorHashing.hash(VisitorHashing.today(), command.ip(), command.userAgent());
        if (command.link() == null) {
            clicks.add(new Click(clickId, command.app().id(), null, command.publisher(), command.campaign(),
                    new SubIds(command.subIds()), fingerprint, now));
            return new ClickReceipt(clickId, null);
        }
        TrackingLink link = apps.link(command.link()).filter(TrackingLink::active)
                .orElseThrow(() -> new UnknownResourceException("No tracking link '" + command.link() + "'."));
        if (command.app() != null && command.app().id() != link.appId()) {
            throw new AccessDeniedException("Tracking link '" + command.link() + "' is not of this token's app:"
                    + " only the link's own app may report its clicks for a visitor.");
        }
        clicks.add(new Click(clickId, link.appId(), link.id(), link.publisher(), link.campaign(),
                new SubIds(command.subIds()).orElse(link.subIds()), fingerprint, now));
        return new ClickReceipt(clickId, link.destinationWith(clickId));
    }
}
