package io.trackline.influencer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A KPI of a product: its code ({@code event_type}) and the name people read ({@code event_name}). */
@Entity
@Table(name = "event_type")
@NamedQuery(name = EventType.FIND_BY_PRODUCT,
        query = "SELECT t FROM EventType t WHERE t.productId = :productId ORDER BY t.id")
public class EventType {

    public static final String FIND_BY_PRODUCT = "EventType.findByProduct";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EventType() {
        // for JPA
    }

    public EventType(long productId, String code, String displayName, Instant createdAt) {
        this.productId = productId;
        this.code = code;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }
}
