package io.trackline.mmp.domain;

import io.trackline.mmp.api.AppRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** An app (or web property) whose backend sends S2S events; reports are in its currency. */
@Entity
@Table(name = "mmp_app")
@NamedQuery(name = App.FIND_BY_CODE, query = "SELECT a FROM App a WHERE a.code = :code")
public class App {

    public static final String FIND_BY_CODE = "App.findByCode";
    public static final int DEFAULT_CLICK_LOOKBACK_HOURS = 7 * 24;
    public static final int DEFAULT_FINGERPRINT_LOOKBACK_HOURS = 24;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "click_lookback_hours", nullable = false)
    private int clickLookbackHours = DEFAULT_CLICK_LOOKBACK_HOURS;

    @Column(name = "fingerprint_lookback_hours", nullable = false)
    private int fingerprintLookbackHours = DEFAULT_FINGERPRINT_LOOKBACK_HOURS;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected App() {
        // for JPA
    }

    public App(String code, String name, String currency, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.currency = currency;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public AppRef ref() {
        return new AppRef(id, code, currency, Duration.ofHours(clickLookbackHours),
                Duration.ofHours(fingerprintLookbackHours));
    }
}
