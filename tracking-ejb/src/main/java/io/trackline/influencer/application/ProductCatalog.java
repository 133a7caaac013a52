package io.trackline.influencer.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.trackline.influencer.api.WidgetSettings;
import io.trackline.influencer.domain.Customer;
import io.trackline.influencer.domain.Product;
import io.trackline.influencer.domain.ProductRef;
import io.trackline.influencer.domain.Products;
import io.trackline.influencer.domain.ReferenceRows;
import io.trackline.platform.application.ReferenceCaches;
import jakarta.annotation.PostConstruct;
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
 * it ({@link ReferenceCaches}): customers and products (read again every {@link #PRODUCT_TIME_TO_LIVE}, as
 * settings change), and the ids of influencers, campaigns and event types (for good, as they never change
 * once made).
 */
@ApplicationScoped
public class ProductCatalog {

    private static final Duration PRODUCT_TIME_TO_LIVE = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 100_000;
    private static final String PRODUCTS = "products";
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    private record ProductKey(long customerId, String code) {
    }

    private record NameKey(long ownerId, String name) {
    }

    private Cache<NameKey, Long> influencers;
    private Cache<NameKey, Long> campaigns;
    private Cache<NameKey, Boolean> eventTypes;
    private LoadingCache<String, Optional<Long>> customers;
    private LoadingCache<ProductKey, Optional<ProductRef>> products;

    @Inject
    private ReferenceCaches caches;

    @Inject
    private Products repository;

    @EJB
    private ReferenceCreation rows;

    @Inject
    private ReferenceRows references;

    @PostConstruct
    void start() {
        customers = caches.refreshing("customers", PRODUCT_TIME_TO_LIVE, MAX_ENTRIES,
                code -> repository.customerByCode(code).map(Customer::id));
        products = caches.refreshing(PRODUCTS, PRODUCT_TIME_TO_LIVE, MAX_ENTRIES, this::load);
        influencers = caches.lasting("influencers", MAX_ENTRIES);
        campaigns = caches.lasting("campaigns", MAX_ENTRIES);
        eventTypes = caches.lasting("event-types", MAX_ENTRIES);
    }

    Optional<Long> customerId(String customerCode) {
        return customers.get(customerCode);
    }

    Optional<ProductRef> product(long customerId, String code) {
        return products.get(new ProductKey(customerId, code));
    }

    long influencerId(long customerId, String code) {
        return influencers.get(new NameKey(customerId, code), key -> rows.influencerId(key.ownerId(), key.name()));
    }

    /** The influencer's id if a postback has named it, without creating it. */
    Optional<Long> existingInfluencerId(long customerId, String code) {
        Long known = influencers.getIfPresent(new NameKey(customerId, code));
        return known != null ? Optional.of(known) : rows.existingInfluencerId(customerId, code);
    }

    /** The campaign's id if a postback has named it, without creating it. */
    Optional<Long> existingCampaignId(long customerId, String name) {
        Long known = campaigns.getIfPresent(new NameKey(customerId, name));
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

    /**
     * A product's settings changed in this transaction: once it commits, every node forgets its products, so
     * that the next postback or overlay reads their settings as stored.
     */
    void changed() {
        caches.changed(PRODUCTS);
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
        for (ReferenceRows.EventTypeName type : references.eventTypes(product.id())) {
            names.put(type.code(), type.displayName());
        }
        return new ProductRef(product.id(), product.customerId(), product.code(), product.antiCheat(),
                parseSettings(product.widgetSettings()), names);
    }
}
