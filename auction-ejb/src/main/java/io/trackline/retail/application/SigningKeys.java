package io.trackline.retail.application;

import io.trackline.platform.infrastructure.ExpiringCache;
import io.trackline.retail.infrastructure.JdbcRetailers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Each retailer's signing keys valid now, opened with the master key and cached for a few seconds
 * (unknown retailers too): a new or revoked key takes effect within {@link #TIME_TO_LIVE}.
 */
@ApplicationScoped
public class SigningKeys {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);

    /** A retailer as signature checking sees it. */
    public record Signer(long retailerId, boolean replayProtection, List<byte[]> keys) {
    }

    private final ExpiringCache<Long, Optional<Signer>> signers = new ExpiringCache<>(TIME_TO_LIVE, 10_000);

    @Inject
    private JdbcRetailers retailers;

    @Inject
    private MasterKey masterKey;

    public Optional<Signer> signer(long retailerId) {
        return signers.get(retailerId, this::load);
    }

    private Optional<Signer> load(long retailerId) {
        return retailers.signing(retailerId, Instant.now()).map(row -> new Signer(row.retailerId(),
                row.replayProtection(), row.keys().stream()
                        .map(sealed -> masterKey.cipher().open(retailerId, sealed)).toList()));
    }
}
