package io.trackline.mmp.application;

import io.trackline.mmp.api.AppRef;
import io.trackline.mmp.api.AppReport;
import io.trackline.mmp.api.AppReports;
import io.trackline.mmp.api.AppView;
import io.trackline.mmp.api.DeclaredEventView;
import io.trackline.mmp.api.MmpDashboard;
import io.trackline.mmp.api.TrackingLinkView;
import io.trackline.mmp.domain.Apps;
import io.trackline.mmp.domain.EventDefinition;
import io.trackline.mmp.domain.ManagedApps;
import io.trackline.mmp.domain.SubIds;
import io.trackline.mmp.domain.TrackingLink;
import io.trackline.platform.api.AccessDeniedException;
import io.trackline.platform.api.ConflictException;
import io.trackline.platform.api.DashboardUser;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.IssuedSecret;
import io.trackline.platform.api.SecretView;
import io.trackline.platform.api.UnknownResourceException;
import io.trackline.platform.infrastructure.Secrets;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Server-to-server tracking as the dashboard shows it, each call checked against who asks: an admin works
 * on every app, an app owner's user on its own app only (report, declared events, tracking links, S2S
 * tokens);
 * everyone else sees no app, and a call about an app it may not see is refused (403).
 */
@Stateless
@Local(MmpDashboard.class)
public class MmpConsole implements MmpDashboard {

    static final String APP_OWNER = "app_owner";
    static final int MAX_LABEL = 100;
    static final int MAX_URL = 2048;
    static final int LINK_ID_BYTES = 12;
    private static final Pattern MAPPING_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    @Inject
    private ManagedApps apps;

    /** What the console adds to an app, its links and tokens: JPA owns these tables. */
    @Inject
    private Apps appParts;

    @EJB
    private ReportService reports;

    @Inject
    private DeclaredEvents declaredEvents;

    @Inject
    private S2STokenService tokens;

    public List<AppView> apps(DashboardUser user) {
        if (user.admin()) {
            return apps.apps();
        }
        if (!APP_OWNER.equals(user.role())) {
            return List.of();
        }
        return apps.appByCode(user.tenant()).map(List::of).orElse(List.of());
    }

    /** The app's figures per day, from its daily totals; at most {@link ReportService#MAX_DAYS} days. */
    public AppReport report(DashboardUser user, long appId, LocalDate from, LocalDate to) {
        AppView app = app(user, appId);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidFieldException("to", "A report runs from its first day to a later or the same day.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= AppReports.MAX_DAYS) {
            throw new InvalidFieldException("to", "A report covers at most " + AppReports.MAX_DAYS + " days.");
        }
        return reports.report(new AppRef(app.id(), app.code(), app.currency(),
                Duration.ofHours(app.clickLookbackHours()), Duration.ofHours(app.fingerprintLookbackHours())), from, to);
    }

    public List<DeclaredEventView> events(DashboardUser user, long appId) {
        app(user, appId);
        return apps.events(appId);
    }

    public List<TrackingLinkView> links(DashboardUser user, long appId) {
        app(user, appId);
        return apps.links(appId);
    }

    /**
     * Declares an event partners may send as {@code event_id}: at once on this node, within the event cache's
     * seconds on the others.
     */
    public void declareEvent(DashboardUser user, long appId, String mappingId, String name, boolean repeatable) {
        app(user, appId);
        if (mappingId == null || !MAPPING_ID.matcher(mappingId).matches() || mappingId.startsWith("__")) {
            throw new InvalidFieldException("event_id", "An event id is 1 to 64 letters, digits, '.', '_' or '-',"
                    + " not starting with '__'.");
        }
        text("name", name, true);
        if (apps.hasEvent(appId, mappingId)) {
            throw new ConflictException("The app declares '" + mappingId + "' already.");
        }
        appParts.add(new EventDefinition(appId, mappingId, name.strip(), repeatable, Instant.now()));
        declaredEvents.changed();
    }

    /** A new tracking link of the app; its clicks redirect to the destination with their click id. */
    public TrackingLinkView addLink(DashboardUser user, long appId, String publisher, String campaign,
                                    String destinationUrl) {
        app(user, appId);
        text("publisher", publisher, true);
        text("campaign", campaign, false);
        String destination = destinationUrl == null ? "" : destinationUrl.strip();
        if (destination.length() > MAX_URL || !webAddress(destination)) {
            throw new InvalidFieldException("destination_url", "The destination is an http(s) address of at most"
                    + " 2,048 characters.");
        }
        String publicId = Secrets.random(LINK_ID_BYTES);
        String campaignName = campaign == null || campaign.isBlank() ? null : campaign.strip();
        appParts.add(new TrackingLink(publicId, appId, publisher.strip(), campaignName, SubIds.none(), destination,
                Instant.now()));
        return links(user, appId).stream().filter(link -> link.publicId().equals(publicId)).findFirst()
                .orElseThrow();
    }

    /** Disables the link: its clicks are refused (404) from now on; the clicks it brought stay. */
    public void disableLink(DashboardUser user, long appId, String publicId) {
        app(user, appId);
        appParts.link(publicId).filter(link -> link.appId() == appId && link.active())
                .orElseThrow(() -> new UnknownResourceException(
                        "The app has no active tracking link '" + publicId + "'."))
                .disable(Instant.now());
    }

    public List<SecretView> tokens(DashboardUser user, long appId) {
        app(user, appId);
        return appParts.tokens().list(appId);
    }

    /** A new S2S token of the app; its secret is in the answer and nowhere else. */
    public IssuedSecret issueToken(DashboardUser user, long appId, String label) {
        app(user, appId);
        return appParts.tokens().issue(appId, label);
    }

    /** Revokes the token; backends presenting it are refused within the token cache's few seconds. */
    public void revokeToken(DashboardUser user, long appId, long tokenId) {
        app(user, appId);
        appParts.tokens().revoke(appId, tokenId);
        tokens.changed();
    }

    /** A new token under the old one's label, and the old one revoked, in one transaction. */
    public IssuedSecret rotateToken(DashboardUser user, long appId, long tokenId) {
        app(user, appId);
        IssuedSecret issued = appParts.tokens().rotate(appId, tokenId);
        tokens.changed();
        return issued;
    }

    private static boolean webAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void text(String field, String value, boolean required) {
        if (required && (value == null || value.isBlank())) {
            throw new InvalidFieldException(field, "This is required.");
        }
        if (value != null && value.strip().length() > MAX_LABEL) {
            throw new InvalidFieldException(field, "At most " + MAX_LABEL + " characters.");
        }
    }

    private AppView app(DashboardUser user, long appId) {
        AppView app = apps.app(appId).orElse(null);
        if (app == null || !user.mayAccess(APP_OWNER, app.code())) {
            throw new AccessDeniedException("App " + appId + " is not yours to see.");
        }
        return app;
    }
}
