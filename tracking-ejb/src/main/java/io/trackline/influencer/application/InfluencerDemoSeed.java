package io.trackline.influencer.application;

import io.trackline.influencer.api.WidgetSettings;
import io.trackline.influencer.domain.AccessKey;
import io.trackline.influencer.domain.AccessKeys;
import io.trackline.influencer.domain.Customer;
import io.trackline.influencer.domain.Product;
import io.trackline.influencer.domain.Products;
import io.trackline.influencer.domain.ReferenceRows;
import io.trackline.platform.application.DemoSeed;
import io.trackline.platform.application.PlatformDemoSeed;
import io.trackline.platform.application.UserAccountService;
import io.trackline.platform.domain.Role;
import io.trackline.platform.infrastructure.SecretHashing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The seed document's example, so that its curl call and widget URL work on a fresh start: customer
 * {@code default} with access key {@code test-access-key}, product {@code product} with event type
 * {@code reg} ("registration"); and {@code product-protected}, the same with anti-cheat on. A second
 * brand, {@code rival} (key {@code rival-access-key}), with a user of its own, shows tenants apart.
 */
@Stateless
public class InfluencerDemoSeed implements DemoSeed {

    static final String CUSTOMER = "default";
    static final String ACCESS_KEY = "test-access-key";
    /** The brand's dashboard user. */
    static final String BRAND_USER = "brand";
    /** A second brand, with its own user and key, whose data the first brand's user never sees. */
    static final String RIVAL = "rival";
    static final String RIVAL_ACCESS_KEY = "rival-access-key";

    @Inject
    private Products products;

    @Inject
    private AccessKeys keys;

    @Inject
    private ReferenceRows references;

    @Inject
    private UserAccountService users;

    @Inject
    private SecretHashing hashing;

    @Override
    public String name() {
        return "influencer";
    }

    @Override
    public void seed() {
        users.registerIfAbsent(BRAND_USER, PlatformDemoSeed.DEMO_PASSWORD.toCharArray(), Role.BRAND, CUSTOMER);
        users.registerIfAbsent(RIVAL, PlatformDemoSeed.DEMO_PASSWORD.toCharArray(), Role.BRAND, RIVAL);
        if (products.customerByCode(CUSTOMER).isEmpty()) {
            Customer customer = addCustomer(CUSTOMER, "Default brand", ACCESS_KEY);
            addProduct(customer, "product", false);
            addProduct(customer, "product-protected", true);
        }
        if (products.customerByCode(RIVAL).isEmpty()) {
            addProduct(addCustomer(RIVAL, "Rival brand", RIVAL_ACCESS_KEY), "product", false);
        }
    }

    private Customer addCustomer(String code, String name, String accessKey) {
        Instant now = Instant.now();
        Customer customer = new Customer(code, name, now);
        products.add(customer);
        products.flushed();
        keys.add(new AccessKey(customer, hashing.hash(accessKey), "Demo key", now));
        return customer;
    }

    private void addProduct(Customer customer, String code, boolean antiCheat) {
        Instant now = Instant.now();
        WidgetSettings settings = new WidgetSettings(
                List.of(new WidgetSettings.EventTypeLabel("reg", "registration")),
                new WidgetSettings.Goal("reg", 100, "Road to 100 registrations"),
                new WidgetSettings.Alert("New {label} for {influencer}!", 4000, "chime"),
                new WidgetSettings.Colors("#ffffff", "#9146ff", "transparent"),
                "");
        Product product = new Product(customer.id(), code, "Demo widget " + code, antiCheat,
                ProductCatalog.settingsJson(settings), now);
        products.add(product);
        products.flushed();
        references.eventType(product.id(), "reg", "registration");
    }
}
