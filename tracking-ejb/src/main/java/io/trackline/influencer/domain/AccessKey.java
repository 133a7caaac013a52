package io.trackline.influencer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of a customer's keys, known only by its SHA-256; a revoked key stays for the record. */
@Entity
@Table(name = "access_key")
@NamedQuery(name = AccessKey.FIND_BY_HASH, query = "SELECT k FROM AccessKey k JOIN FETCH k.customer WHERE k.keyHash = :hash")
public class AccessKey {

    public static final String FIND_BY_HASH = "AccessKey.findByHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessKey() {
        // for JPA
    }

    public AccessKey(Customer customer, String keyHash, String label, Instant createdAt) {
        this.customer = customer;
        this.keyHash = keyHash;
        this.label = label;
        this.createdAt = createdAt;
    }

    public Customer customer() {
        return customer;
    }

    public boolean active() {
        return revokedAt == null;
    }
}
