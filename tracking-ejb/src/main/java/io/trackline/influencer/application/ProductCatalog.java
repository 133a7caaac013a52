package io.trackline.influencer.application;

import io.trackline.influencer.api.WidgetSettings;
import io.trackline.influencer.domain.Customer;
import io.trackline.influencer.domain.EventType;
import io.trackline.influencer.domain.Product;
import io.trackline.influencer.infrastructure.JpaProductRepository;
import io.trackline.influencer.infrastructure.ReferenceRows;
import io.trackline.platform.infrastructure.ExpiringCache;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data every postback needs, cached so that the hot path does not ask the database for
 * it: products (for a few seconds, as settings change), and the ids of influencers, campaigns and event
 * types (for good, as they never change once made).
 */
@ApplicationScoped
public class ProductCatalog {

    private static final Duration PRODUCT_TIME_TO_LIVE = Duration.ofSeconds(10);
    private static final Duration FOREVER = Duration.ofDays(365);
    private static final int MAX_ENTRIES = 100_000;
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    private record ProductKey(long customerId, String code) {
    }

    private record NameKey(long ownerId, String name) {
    }

    private final ExpiringCache<String, Optional<Long>> customers =
            new ExpiringCache<>(PRODUCT_TIME_TO_LIVE, MAX_ENTRIES);
    private final ExpiringCache<ProductKey, Optional<ProductRef>> products =
            new ExpiringCache<>(PRODUCT_TIME_TO_LIVE, MAX_ENTRIES);
    private final ExpiringCache<NameKey, Long> influencers = new ExpiringCache<>(FOREVER, MAX_ENTRIES);
    private final ExpiringCache<NameKey, Long> campaigns = new ExpiringCache<>(FOREVER, MAX_ENTRIES);
    private final ExpiringCache<NameKey, Boolean> eventTypes = new ExpiringCache<>(FOREVER, MAX_ENTRIES);

    @Inject
    private JpaProductRepository repository;

    @EJB
    private ReferenceRows rows;

    Optional<Long> customerId(String customerCode) {
        return customers.get(customerCode, code -> repository.customerByCode(code).map(Customer::id));
    }

    Optional<ProductRef> product(long customerId, String code) {
        return products.get(new ProductKey(customerId, code), this::load);
    }

    long influencerId(long customerId, String code) {
        return influencers.get(new NameKey(customerId, code), key -> rows.influencerId(key.ownerId(), key.name()));
    }

    /** The influencer's id if a postback has named it, without creating it. */
    Optional<Long> existingInfluencerId(long customerId, String code) {
        Long known = influencers.peek(new NameKey(customerId, code));
        return known != null ? Optional.of(known) : rows.existingInfluencerId(customerId, code);
    }

    /** The campaign's id if a postback has named it, without creating it. */
    Optional<Long> existingCampaignId(long customerId, String name) {
        Long known = campaigns.peek(new NameKey(customerId, name));
        return known != null ? Optional.of(known) : rows.existingCampaignId(customerId, name);
    }

    Long campaignId(long customerId, String name) {
        return name == null ? null
                : campaigns.get(new NameKey(customerId, name), key -> rows.campaignId(key.ownerId(), key.name()));
    }

    /** Declares the event type on first sight, named by the postback's event name (else its code). */
    void declareEventType(ProductRef product, String code, String eventName) {
        eventTypes.get(new NameKey(product.id(), code), key -> {
            rows.eventType(key.ownerId(), key.name(), eventName == null ? code : eventName);
            products.invalidate(new ProductKey(product.customerId(), product.code()));
            return Boolean.TRUE;
        });
    }

    /** Forgets the product, so that the next postback or overlay reads its settings as stored. */
    void forget(long customerId, String code) {
        products.invalidate(new ProductKey(customerId, code));
    }

    static WidgetSettings parseSettings(String json) {
        WidgetSettings stored = json == null || json.isBlank() ? null : JSONB.fromJson(json, WidgetSettings.class);
        WidgetSettings defaults = WidgetSettings.defaults();
        if (stored == null) {
            return defaults;
        }
        return new WidgetSettings(
                stored.eventTypes() == null ? defaults.eventTypes() : stored.eventTypes(),
                stored.goal(),
                stored.alert() == null ? defaults.alert() : stored.alert(),
                stored.colors() == null ? defaults.colors() : stored.colors(),
                stored.customCss() == null ? defaults.customCss() : stored.customCss());
    }

    static String settingsJson(WidgetSettings settings) {
        return JSONB.toJson(settings);
    }

    private Optional<ProductRef> load(ProductKey key) {
        return repository.productByCode(key.customerId(), key.code()).map(this::toRef);
    }

    private ProductRef toRef(Product product) {
        Map<String, String> names = new LinkedHashMap<>();
        for (EventType type : repository.eventTypes(product.id())) {
            names.put(type.code(), type.displayName());
        }
        return new ProductRef(product.id(), product.customerId(), product.code(), product.antiCheat(),
                parseSettings(product.widgetSettings()), names);
    }
}
