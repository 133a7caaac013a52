package io.trackline.retail.application;

import io.trackline.platform.api.ConflictException;
import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.UnknownResourceException;
import io.trackline.platform.application.ReferenceChanges;
import io.trackline.platform.infrastructure.MasterKey;
import io.trackline.platform.infrastructure.Secrets;
import io.trackline.retail.api.IssuedSigningKey;
import io.trackline.retail.api.RetailChanges;
import io.trackline.retail.api.RetailerManagement;
import io.trackline.retail.api.RetailerSettings;
import io.trackline.retail.api.RetailerView;
import io.trackline.retail.api.SigningKeyView;
import io.trackline.retail.domain.RetailerKeys;
import io.trackline.retail.domain.Retailers;
import io.trackline.retail.domain.WebhookSecret;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Retailers and their signing keys, as an admin or the retailer itself manages them. A key's secret is 32
 * random bytes as URL-safe text, shown once when issued (also in its {@code whsec_} form, for the Standard
 * Webhooks libraries) and stored sealed under the master key; the retailer signs with that text, as with the
 * seed's {@code TEST-KEY}. Keys rotate with overlap: issue the
 * new one, move to it, then end the old one's validity, or revoke it at once. Changes take effect on every
 * node once they commit ({@link SigningKeys}); settings reach the auction index too ({@link RetailChanges}).
 */
@Stateless
@LocalBean
@Local(RetailerManagement.class)
public class RetailerAdministration implements RetailerManagement {

    static final int SECRET_BYTES = 32;

    @Inject
    private Retailers retailers;

    @Inject
    private RetailerKeys keys;

    @Inject
    private MasterKey masterKey;

    @Inject
    private SigningKeys signingKeys;

    @Inject
    private ReferenceChanges changes;

    public List<RetailerView> retailers() {
        return retailers.all();
    }

    public RetailerView retailer(long id) {
        return retailers.find(id).orElseThrow(() -> unknown(id));
    }

    public RetailerView create(long id, RetailerSettings settings) {
        if (!retailers.add(id, settings, Instant.now())) {
            throw new ConflictException("Retailer " + id + " exists already.");
        }
        signingKeys.changed();
        changes.changed(RetailChanges.RETAILERS);
        return retailer(id);
    }

    public RetailerView update(long id, RetailerSettings settings) {
        if (!retailers.update(id, settings, Instant.now())) {
            throw unknown(id);
        }
        signingKeys.changed();
        changes.changed(RetailChanges.RETAILERS);
        return retailer(id);
    }

    public List<SigningKeyView> keys(long retailerId) {
        retailer(retailerId);
        return keys.all(retailerId, Instant.now());
    }

    /** @param validFrom {@code null}: now; @param validUntil {@code null}: until revoked */
    public IssuedSigningKey issueKey(long retailerId, String label, Instant validFrom, Instant validUntil) {
        retailer(retailerId);
        Instant now = Instant.now();
        Instant from = validFrom != null ? validFrom : now;
        if (validUntil != null && !validUntil.isAfter(from)) {
            throw new InvalidFieldException("valid_until", "must be after valid_from");
        }
        String secret = Secrets.random(SECRET_BYTES);
        byte[] keyBytes = secret.getBytes(StandardCharsets.UTF_8);
        long keyId = keys.add(retailerId, label, masterKey.cipher().seal(Long.toString(retailerId), keyBytes), from,
                validUntil, now);
        signingKeys.changed();
        return new IssuedSigningKey(key(retailerId, keyId, now), secret, WebhookSecret.of(keyBytes));
    }

    /** Ends the key's validity at {@code validUntil} ({@code null}: not before it is revoked). */
    public SigningKeyView endKey(long retailerId, long keyId, Instant validUntil) {
        Instant now = Instant.now();
        SigningKeyView key = key(retailerId, keyId, now);
        if (validUntil != null && !validUntil.isAfter(key.validFrom())) {
            throw new InvalidFieldException("valid_until", "must be after the key's valid_from");
        }
        keys.validUntil(retailerId, keyId, validUntil);
        signingKeys.changed();
        return key(retailerId, keyId, now);
    }

    public SigningKeyView revokeKey(long retailerId, long keyId) {
        Instant now = Instant.now();
        key(retailerId, keyId, now);
        keys.revoke(retailerId, keyId, now);
        signingKeys.changed();
        return key(retailerId, keyId, now);
    }

    private SigningKeyView key(long retailerId, long keyId, Instant now) {
        return keys.find(retailerId, keyId, now).orElseThrow(() -> new UnknownResourceException(
                "Retailer " + retailerId + " has no signing key " + keyId + "."));
    }

    private static UnknownResourceException unknown(long id) {
        return new UnknownResourceException("No retailer " + id + ".");
    }
}
