package io.trackline.mmp.domain;

import io.trackline.mmp.api.AppView;
import io.trackline.mmp.api.DeclaredEventView;
import io.trackline.mmp.api.TrackingLinkView;
import io.trackline.platform.domain.OwnedSecrets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Apps as the dashboard manages them: declared events, tracking links, S2S tokens. */
public interface ManagedApps {

    List<AppView> apps();

    Optional<AppView> app(long id);

    Optional<AppView> appByCode(String code);

    List<DeclaredEventView> events(long appId);

    boolean hasEvent(long appId, String mappingId);

    void addEvent(long appId, String mappingId, String name, boolean repeatable, Instant at);

    void addLink(long appId, String publicId, String publisher, String campaign, String destinationUrl,
                 Instant at);

    /** Disables the app's link unless it is disabled already; whether it was the app's active link. */
    boolean disableLink(long appId, String publicId, Instant at);

    List<TrackingLinkView> links(long appId);

    /** The apps' S2S tokens, which backends send with every event. */
    OwnedSecrets tokens();
}
