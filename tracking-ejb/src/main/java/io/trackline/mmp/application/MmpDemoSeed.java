package io.trackline.mmp.application;

import io.trackline.mmp.domain.App;
import io.trackline.mmp.domain.AppToken;
import io.trackline.mmp.domain.Apps;
import io.trackline.mmp.domain.CurrencyRate;
import io.trackline.mmp.domain.EventDefinition;
import io.trackline.mmp.domain.SubIds;
import io.trackline.mmp.domain.TrackingLink;
import io.trackline.platform.application.DemoSeed;
import io.trackline.platform.application.PlatformDemoSeed;
import io.trackline.platform.application.UserAccountService;
import io.trackline.platform.domain.Role;
import io.trackline.platform.infrastructure.SecretHashing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The seed document's app, so that its example calls work on a fresh start: app {@code store-app} (EUR)
 * with S2S token {@code s2sTokenForTheStoreApp}, events {@code register} and {@code registration} (once per
 * user) and {@code purchase} (repeatable), a tracking link {@code demo-link}, and a few exchange rates.
 */
@Stateless
public class MmpDemoSeed implements DemoSeed {

    static final String APP = "store-app";
    static final String TOKEN = "s2sTokenForTheStoreApp";
    static final String LINK = "demo-link";
    /** The app owner's dashboard user. */
    static final String APP_OWNER_USER = "app-owner";
    /** Demo values only: an operator maintains real rates. */
    private static final Map<String, String> DEMO_RATES = Map.of("USD", "1.08", "GBP", "0.86", "CHF", "0.94",
            "JPY", "162", "PLN", "4.31");

    @Inject
    private Apps apps;

    @Inject
    private UserAccountService users;

    @Inject
    private SecretHashing hashing;

    @Override
    public String name() {
        return "mmp";
    }

    @Override
    public void seed() {
        users.registerIfAbsent(APP_OWNER_USER, PlatformDemoSeed.DEMO_PASSWORD.toCharArray(), Role.APP_OWNER, APP);
        if (apps.appByCode(APP).isPresent()) {
            return;
        }
        Instant now = Instant.now();
        App app = new App(APP, "The Store App", "EUR", now);
        apps.add(app);
        apps.add(new AppToken(app, hashing.hash(TOKEN), "Demo token from the seed document", now));
        apps.add(new EventDefinition(app.id(), "register", "Register", false, now));
        apps.add(new EventDefinition(app.id(), "registration", "Registration", false, now));
        apps.add(new EventDefinition(app.id(), "purchase", "Purchase", true, now));
        apps.add(new TrackingLink(LINK, app.id(), "demo-publisher", "launch",
                SubIds.none(), "https://example.com/store", now));
        DEMO_RATES.forEach((currency, rate) -> {
            if (apps.rate(currency).isEmpty()) {
                apps.add(new CurrencyRate(currency, new BigDecimal(rate), now));
            }
        });
    }
}
