package io.trackline.mmp.domain;

import io.trackline.mmp.api.AppView;
import io.trackline.mmp.api.DeclaredEventView;
import io.trackline.mmp.api.TrackingLinkView;
import java.util.List;
import java.util.Optional;

/** Apps as the dashboard lists them, with their declared events and tracking links. */
public interface ManagedApps {

    List<AppView> apps();

    Optional<AppView> app(long id);

    Optional<AppView> appByCode(String code);

    List<DeclaredEventView> events(long appId);

    boolean hasEvent(long appId, String mappingId);

    List<TrackingLinkView> links(long appId);
}
