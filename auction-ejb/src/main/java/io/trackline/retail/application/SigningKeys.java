package io.trackline.retail.application;

import com.github.benmanes.caffeine.cache.LoadingCache;
import io.trackline.platform.application.ReferenceCaches;
import io.trackline.platform.infrastructure.MasterKey;
import io.trackline.retail.api.RetailerSettings;
import io.trackline.retail.domain.KeyValidity;
import io.trackline.retail.domain.Retailers;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Each retailer's signing keys that sign now or will, opened with the master key and cached, unknown
 * retailers too ({@link ReferenceCaches#refreshing}): a key signs exactly within its validity, and a key
 * issued or revoked takes effect once its transaction commits on the node that changed it, and on the others
 * as soon as they hear of the change (well within a second; should the message be lost, within
 * {@link #TIME_TO_LIVE} and one request).
 * While the database is down the keys as last read go on signing, for as long as the outage lasts, so that
 * auctions keep being served; a retailer never read before is refused (503).
 */
@ApplicationScoped
public class SigningKeys {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);
    private static final String CACHE = "signing-keys";

    /** A retailer as signature checking sees it. */
    public record Signer(long retailerId, boolean replayProtection, RetailerSettings.SignatureScheme scheme,
                         List<SigningKey> keys) {

        /** The keys that sign at that moment. */
        public List<byte[]> keysAt(Instant now) {
            return keys.stream().filter(key -> key.signsAt(now)).map(SigningKey::secret).toList();
        }
    }

    /** An opened key and when it signs ({@code validUntil} {@code null}: until revoked). */
    public record SigningKey(byte[] secret, Instant validFrom, Instant validUntil) {

        boolean signsAt(Instant now) {
            return KeyValidity.signsAt(validFrom, validUntil, now);
        }
    }

    private LoadingCache<Long, Optional<Signer>> signers;

    @Inject
    private Retailers retailers;

    @Inject
    private MasterKey masterKey;

    @Inject
    private ReferenceCaches caches;

    @Inject
    private Clock clock;

    @PostConstruct
    void start() {
        signers = caches.refreshing(CACHE, TIME_TO_LIVE, 10_000, this::load);
    }

    public Optional<Signer> signer(long retailerId) {
        return signers.get(retailerId);
    }

    /** A retailer's keys or settings changed in this transaction: once it commits, every node reads them again. */
    void changed() {
        caches.changed(CACHE);
    }

    private Optional<Signer> load(long retailerId) {
        return retailers.signing(retailerId, Instant.now(clock)).map(row -> new Signer(row.retailerId(),
                row.replayProtection(), row.scheme(), row.keys().stream().map(key -> new SigningKey(
                        masterKey.cipher().open(Long.toString(retailerId), key.sealed()), key.validFrom(),
                        key.validUntil())).toList()));
    }
}
