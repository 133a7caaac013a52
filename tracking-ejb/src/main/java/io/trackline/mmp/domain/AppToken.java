package io.trackline.mmp.domain;

import io.trackline.platform.domain.HashedSecret;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of an app's S2S tokens. */
@Entity
@Table(name = "mmp_app_token")
@NamedQuery(name = AppToken.FIND_BY_HASH, query = "SELECT t FROM AppToken t JOIN FETCH t.app WHERE t.keyHash = :hash")
public class AppToken extends HashedSecret {

    public static final String FIND_BY_HASH = "AppToken.findByHash";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "app_id")
    private App app;

    protected AppToken() {
        // for JPA
    }

    public AppToken(App app, String tokenHash, String label, Instant createdAt) {
        super(tokenHash, label, createdAt);
        this.app = app;
    }

    public App app() {
        return app;
    }
}
