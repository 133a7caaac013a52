package io.trackline.mmp.domain;

import io.trackline.mmp.api.AppView;
import io.trackline.mmp.api.DeclaredEventView;
import io.trackline.mmp.api.TrackingLinkView;
import io.trackline.platform.domain.OwnedSecrets;
import java.util.List;
import java.util.Optional;

/** Apps as the dashboard lists them (declared events, tracking links), and their S2S tokens. */
public interface ManagedApps {

    List<AppView> apps();

    Optional<AppView> app(long id);

    Optional<AppView> appByCode(String code);

    List<DeclaredEventView> events(long appId);

    boolean hasEvent(long appId, String mappingId);

    List<TrackingLinkView> links(long appId);

    /** The apps' S2S tokens, which backends send with every event. */
    OwnedSecrets tokens();
}
