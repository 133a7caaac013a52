package io.trackline.mmp.api;

import io.trackline.platform.api.DashboardUser;
import io.trackline.platform.api.IssuedSecret;
import io.trackline.platform.api.SecretView;
import java.time.LocalDate;
import java.util.List;

/**
 * Server-to-server tracking as the dashboard shows it, each call checked against who asks: an admin works
 * on every app, an app owner's user on its own app only; a call about an app it may not see is refused (403).
 */
public interface MmpDashboard {

    List<AppView> apps(DashboardUser user);

    /** The app's figures per day, from its daily totals; at most {@link AppReports#MAX_DAYS} days. */
    AppReport report(DashboardUser user, long appId, LocalDate from, LocalDate to);

    List<DeclaredEventView> events(DashboardUser user, long appId);

    List<TrackingLinkView> links(DashboardUser user, long appId);

    /**
     * Declares an event partners may send as {@code event_id}: at once on this node, within the event cache's
     * seconds on the others.
     */
    void declareEvent(DashboardUser user, long appId, String mappingId, String name, boolean repeatable);

    /** A new tracking link of the app; its clicks redirect to the destination with their click id. */
    TrackingLinkView addLink(DashboardUser user, long appId, String publisher, String campaign,
                             String destinationUrl);

    /** Disables the link: its clicks are refused (404) from now on; the clicks it brought stay. */
    void disableLink(DashboardUser user, long appId, String publicId);

    List<SecretView> tokens(DashboardUser user, long appId);

    /** A new S2S token of the app; its secret is in the answer and nowhere else. */
    IssuedSecret issueToken(DashboardUser user, long appId, String label);

    /** Revokes the token; backends presenting it are refused within the token cache's few seconds. */
    void revokeToken(DashboardUser user, long appId, long tokenId);

    /** A new token under the old one's label, and the old one revoked, in one transaction. */
    IssuedSecret rotateToken(DashboardUser user, long appId, long tokenId);
}
