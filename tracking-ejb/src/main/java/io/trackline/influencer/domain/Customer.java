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

/** A brand whose partners send postbacks; its {@code code} appears in every widget URL. */
@Entity
@Table(name = "customer")
@NamedQuery(name = Customer.FIND_BY_CODE, query = "SELECT c FROM Customer c WHERE c.code = :code")
public class Customer {

    public static final String FIND_BY_CODE = "Customer.findByCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Customer() {
        // for JPA
    }

    public Customer(String code, String name, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }
}
