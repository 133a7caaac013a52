package io.trackline.influencer.application;

import io.trackline.influencer.api.WidgetSettings;
import io.trackline.influencer.domain.AccessKey;
import io.trackline.influencer.domain.Customer;
import io.trackline.influencer.domain.EventType;
import io.trackline.influencer.domain.Product;
import io.trackline.influencer.infrastructure.JpaAccessKeyRepository;
import io.trackline.influencer.infrastructure.JpaProductRepository;
import io.trackline.platform.application.DemoSeed;
import io.trackline.platform.application.PlatformDemoSeed;
import io.trackline.platform.application.UserAccountService;
import io.trackline.platform.domain.Role;
import io.trackline.platform.infrastructure.Sha256;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * The seed document's example, so that its curl call and widget URL work on a fresh start: customer
 * {@code default} with access key {@code test-access-key}, product {@code product} with event type
 * {@code reg} ("registration"); and {@code product-protected}, the same with anti-cheat on.
 */
@Stateless
public class InfluencerDemoSeed implements DemoSeed {

    static final String CUSTOMER = "default";
    static final String ACCESS_KEY = "test-access-key";
    /** The brand's dashboard user. */
    static final String BRAND_USER = "brand";

    @Inject
    private JpaProductRepository products;

    @Inject
    private JpaAccessKeyRepository keys;

    @Inject
    private UserAccountService users;

    @Override
    public void seed() {
        users.registerIfAbsent(BRAND_USER, PlatformDemoSeed.DEMO_PASSWORD.toCharArray(), Role.BRAND, CUSTOMER);
        if (products.customerByCode(CUSTOMER).isPresent()) {
            return;
        }
        Instant now = Instant.now();
        Customer customer = new Customer(CUSTOMER, "Default brand", now);
        products.add(customer);
        products.flushed();
        keys.add(new AccessKey(customer, Sha256.hex(ACCESS_KEY), "Demo key from the seed document", now));
        addProduct(customer, "product", false, now);
        addProduct(customer, "product-protected", true, now);
    }

    private void addProduct(Customer customer, String code, boolean antiCheat, Instant now) {
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
        products.add(new EventType(product.id(), "reg", "registration", now));
    }
}
