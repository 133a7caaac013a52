package io.trackline.mmp.domain;

import io.trackline.platform.domain.OwnedSecrets;
import java.util.List;
import java.util.Optional;

/** Apps and what belongs to them: tokens, declared events, tracking links; and the exchange rates. */
public interface Apps {

    Optional<AppToken> tokenByHash(String tokenHash);

    Optional<App> appByCode(String code);

    List<EventDefinition> eventDefinitions(long appId);

    Optional<TrackingLink> link(String publicId);

    List<CurrencyRate> rates();

    Optional<CurrencyRate> rate(String currency);

    void add(App app);

    void add(AppToken token);

    void add(EventDefinition definition);

    void add(TrackingLink link);

    void add(CurrencyRate rate);

    /** The apps' S2S tokens as the dashboard lists, issues, revokes and rotates them. */
    OwnedSecrets tokens();
}
