package io.trackline.retail.domain;

import io.trackline.platform.domain.KeyCipher;
import io.trackline.retail.api.RetailerSettings;
import io.trackline.retail.api.RetailerView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Retailers: their settings, and what signature checks need of them. */
public interface Retailers {

    /**
     * What signature checking needs of a retailer: its sealed keys not yet expired, the replay switch, and
     * the signatures it accepts.
     */
    record SigningRow(long retailerId, boolean replayProtection, RetailerSettings.SignatureScheme scheme,
                      List<SealedKey> keys) {
    }

    /** A sealed key and when it signs ({@code validUntil} {@code null}: until revoked). */
    record SealedKey(KeyCipher.Sealed sealed, Instant validFrom, Instant validUntil) {
    }

    /** The retailer's keys that are not revoked and sign now or will: those that expired are left out. */
    Optional<SigningRow> signing(long retailerId, Instant now);

    List<RetailerView> all();

    Optional<RetailerView> find(long id);

    /** Adds a retailer unless it exists; answers whether it was added. */
    boolean add(long id, RetailerSettings settings, Instant now);

    /** Answers whether the retailer exists. */
    boolean update(long id, RetailerSettings settings, Instant now);
}
