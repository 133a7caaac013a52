package io.trackline.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * A secret a partner presents (an access key, an S2S token, an API client's secret), known only by its
 * peppered hash in column {@code key_hash} ({@code SecretHashing}); several may be active at once, and a
 * revoked one stays for the record.
 */
@MappedSuperclass
public abstract class HashedSecret {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected HashedSecret() {
        // for JPA
    }

    protected HashedSecret(String keyHash, String label, Instant createdAt) {
        this.keyHash = keyHash;
        this.label = label;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** {@code null} while active. */
    public Instant revokedAt() {
        return revokedAt;
    }

    public boolean active() {
        return revokedAt == null;
    }

    /** Whether a secret presented, known by its hash, is this one; compared in constant time. */
    public boolean isSecret(String presentedHash) {
        return MessageDigest.isEqual(keyHash.getBytes(StandardCharsets.US_ASCII),
                presentedHash.getBytes(StandardCharsets.US_ASCII));
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }
}
