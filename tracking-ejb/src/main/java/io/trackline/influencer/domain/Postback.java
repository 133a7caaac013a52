package io.trackline.influencer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One conversion a partner reported, stored whether or not it counts (written in batches by
 * {@code JdbcPostbackBatch}). Every field of the seed is kept except the visitor's IP, which is never
 * written anywhere.
 */
@Entity
@Table(name = "postback")
@NamedQuery(name = Postback.FIND_BY_IDEMPOTENCY_KEY,
        query = "SELECT p FROM Postback p WHERE p.customerId = :customerId AND p.idempotencyKey = :key")
public class Postback {

    public static final String FIND_BY_IDEMPOTENCY_KEY = "Postback.findByIdempotencyKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 36)
    private String publicId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "influencer_id", nullable = false)
    private long influencerId;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "event_type", nullable = false, length = 64)
    private String eventType;

    @Column(name = "event_name", length = 100)
    private String eventName;

    @Column(length = 100)
    private String medium;

    @Column(length = 100)
    private String source;

    @Column(length = 2)
    private String country;

    @Column(name = "user_agent", length = 1024)
    private String userAgent;

    @Column(nullable = false)
    private boolean counted;

    @Enumerated(EnumType.STRING)
    @Column(name = "not_counted_reason", length = 32)
    private NotCountedReason notCountedReason;

    @Column(name = "idempotency_key", length = 128)
    private String idempotencyKey;

    @Column(name = "request_hash", length = 64)
    private String requestHash;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected Postback() {
        // for JPA
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public boolean counted() {
        return counted;
    }

    public NotCountedReason notCountedReason() {
        return notCountedReason;
    }

    public String requestHash() {
        return requestHash;
    }
}
