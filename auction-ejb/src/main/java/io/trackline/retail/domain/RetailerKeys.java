package io.trackline.retail.domain;

import io.trackline.platform.domain.KeyCipher;
import io.trackline.retail.api.SigningKeyView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Retailers' signing keys, sealed under the master key. */
public interface RetailerKeys {

    /** @return the new key's id */
    long add(long retailerId, String label, KeyCipher.Sealed sealed, Instant validFrom, Instant validUntil,
             Instant now);

    List<SigningKeyView> all(long retailerId, Instant now);

    Optional<SigningKeyView> find(long retailerId, long keyId, Instant now);

    /** Ends the key's validity at {@code until} ({@code null}: until revoked); answers whether it exists. */
    boolean validUntil(long retailerId, long keyId, Instant until);

    /** Revokes the key at once (a revoked key stays revoked); answers whether it exists. */
    boolean revoke(long retailerId, long keyId, Instant now);
}
