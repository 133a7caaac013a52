package io.trackline.mmp.domain;

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

/** One of an app's S2S tokens, known only by its SHA-256; a revoked token stays for the record. */
@Entity
@Table(name = "mmp_app_token")
@NamedQuery(name = AppToken.FIND_BY_HASH, query = "SELECT t FROM AppToken t JOIN FETCH t.app WHERE t.tokenHash = :hash")
public class AppToken {

    public static final String FIND_BY_HASH = "AppToken.findByHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "app_id")
    private App app;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AppToken() {
        // for JPA
    }

    public AppToken(App app, String tokenHash, String label, Instant createdAt) {
        this.app = app;
        this.tokenHash = tokenHash;
        this.label = label;
        this.createdAt = createdAt;
    }

    public App app() {
        return app;
    }

    public boolean active() {
        return revokedAt == null;
    }
}
