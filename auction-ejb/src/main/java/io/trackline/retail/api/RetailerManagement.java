package io.trackline.retail.api;

import java.time.Instant;
import java.util.List;

/** Retailers and their signing keys, as the management API manages them. */
public interface RetailerManagement {

    List<RetailerView> retailers();

    RetailerView retailer(long id);

    RetailerView create(long id, RetailerSettings settings);

    RetailerView update(long id, RetailerSettings settings);

    List<SigningKeyView> keys(long retailerId);

    /** @param validFrom {@code null}: now; @param validUntil {@code null}: until revoked */
    IssuedSigningKey issueKey(long retailerId, String label, Instant validFrom, Instant validUntil);

    /** Ends the key's validity at {@code validUntil} ({@code null}: not before it is revoked). */
    SigningKeyView endKey(long retailerId, long keyId, Instant validUntil);

    SigningKeyView revokeKey(long retailerId, long keyId);
}
