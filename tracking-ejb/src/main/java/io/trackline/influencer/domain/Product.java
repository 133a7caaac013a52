package io.trackline.influencer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A widget code of a customer (the seed's {@code product}): what its overlay shows (settings, as JSON)
 * and whether anti-cheat filters its postbacks.
 */
@Entity
@Table(name = "widget_product")
@NamedQuery(name = Product.FIND_BY_CODE,
        query = "SELECT p FROM Product p WHERE p.customerId = :customerId AND p.code = :code")
public class Product {

    public static final String FIND_BY_CODE = "Product.findByCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "anti_cheat", nullable = false)
    private boolean antiCheat;

    @Column(name = "widget_settings", nullable = false)
    private String widgetSettings;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(long customerId, String code, String name, boolean antiCheat, String widgetSettings,
                   Instant createdAt) {
        this.customerId = customerId;
        this.code = code;
        this.name = name;
        this.antiCheat = antiCheat;
        this.widgetSettings = widgetSettings;
        this.createdAt = createdAt;
    }

    /** What its overlay shows and whether anti-cheat applies; the version goes up with the change. */
    public void configure(boolean antiCheat, String widgetSettings) {
        this.antiCheat = antiCheat;
        this.widgetSettings = widgetSettings;
    }

    public Long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public String code() {
        return code;
    }

    public boolean antiCheat() {
        return antiCheat;
    }

    public String widgetSettings() {
        return widgetSettings;
    }
}
