package io.trackline.influencer.domain;

import io.trackline.platform.domain.HashedSecret;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of a customer's access keys. */
@Entity
@Table(name = "access_key")
@NamedQuery(name = AccessKey.FIND_BY_HASH, query = "SELECT k FROM AccessKey k JOIN FETCH k.customer WHERE k.keyHash = :hash")
public class AccessKey extends HashedSecret {

    public static final String FIND_BY_HASH = "AccessKey.findByHash";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    protected AccessKey() {
        // for JPA
    }

    public AccessKey(Customer customer, String keyHash, String label, Instant createdAt) {
        super(keyHash, label, createdAt);
        this.customer = customer;
    }

    public Customer customer() {
        return customer;
    }
}
