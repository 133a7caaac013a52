package io.trackline.auction.application;

import io.trackline.auction.domain.RetailDemoRows;
import io.trackline.platform.application.ApiClientService;
import io.trackline.platform.application.DemoSeed;
import io.trackline.platform.application.PlatformDemoSeed;
import io.trackline.platform.application.UserAccountService;
import io.trackline.platform.domain.Role;
import io.trackline.platform.infrastructure.MasterKey;
import io.trackline.retail.api.RetailerSettings;
import io.trackline.retail.domain.RetailerKeys;
import io.trackline.retail.domain.Retailers;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The seed document's retailers 5, 7 and 11, each signing with {@code TEST-KEY}, and advertisers so that
 * its examples win: on retailer 7, category 3 ("Soft drinks", under "Drinks") has two sponsored-product
 * ad groups; on retailer 11, the search "cola" has two sponsored-product ad groups and a display banner
 * (also on page {@code home}). Retailer 5 has no advertisers: its auctions answer 404. Retailer 11's back office
 * calls the management API as API client {@value #API_CLIENT} ({@value #API_SECRET}).
 *
 * <p>A CDI bean, not an enterprise bean: demo data loads while the first EJB module starts, before this
 * one, so its enterprise beans are not there yet. It is therefore the application layer's one CDI
 * {@code @Transactional} boundary: the seed's rows commit together. The auction index picks them up at its
 * next check.
 */
@ApplicationScoped
@Transactional
public class RetailDemoSeed implements DemoSeed {

    static final String KEY = "TEST-KEY";
    static final String API_CLIENT = "retailer-11";
    static final String API_SECRET = "demo-retailer-11-secret";
    /** Dashboard users: retailer 11's, and Fizz Drinks' on retailer 11. */
    static final String RETAILER_USER = "retailer";
    static final String ADVERTISER_USER = "advertiser";
    static final String FIZZ = RetailDemoRows.FIZZ;

    @Inject
    private RetailDemoRows rows;

    @Inject
    private Retailers retailers;

    @Inject
    private RetailerKeys keys;

    @EJB
    private ApiClientService apiClients;

    @EJB
    private UserAccountService users;

    @Inject
    private MasterKey masterKey;

    @Override
    public String name() {
        return "retail";
    }

    @Override
    public void seed() {
        Instant now = Instant.now();
        boolean added = false;
        for (long retailer : new long[] {5, 7, 11}) {
            if (retailers.add(retailer, RetailerSettings.defaults("Demo retailer " + retailer), now)) {
                keys.add(retailer, "Demo key from the seed document",
                        masterKey.cipher().seal(Long.toString(retailer), KEY.getBytes(StandardCharsets.UTF_8)),
                        now, null, now);
                added = true;
            }
        }
        apiClients.registerIfAbsent(API_CLIENT, API_SECRET, "Demo retailer 11's back office", Role.RETAILER, "11");
        users.registerIfAbsent(RETAILER_USER, PlatformDemoSeed.DEMO_PASSWORD.toCharArray(), Role.RETAILER, "11");
        if (added) {
            rows.seed(now);
        }
        rows.advertiserId(11, FIZZ)
                .ifPresent(fizzOn11 -> users.registerIfAbsent(ADVERTISER_USER,
                        PlatformDemoSeed.DEMO_PASSWORD.toCharArray(), Role.ADVERTISER, Long.toString(fizzOn11)));
    }
}
