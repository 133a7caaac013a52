package io.trackline.platform.application;

import io.trackline.platform.domain.DailyHashKeys;
import io.trackline.platform.domain.KeyCipher;
import io.trackline.platform.infrastructure.MasterKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The shared key of each UTC day, created by whichever node needs it first, and stored sealed under a key
 * derived from the master key: a database dump alone cannot test guesses (there are only four billion
 * IPv4 addresses) against the stored visitor hashes. Runs in its own transaction so that a key, once
 * made, is there for every node at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DailyHashKeyStore {

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private DailyHashKeys keys;

    @Inject
    private MasterKey masterKey;

    private KeyCipher cipher;

    @PostConstruct
    void open() {
        cipher = cipher(masterKey);
    }

    /** The cipher the keys are sealed with. */
    public static KeyCipher cipher(MasterKey masterKey) {
        return new KeyCipher(masterKey.derive(DailyHashKeys.PURPOSE));
    }

    public byte[] keyOf(LocalDate day) {
        byte[] candidate = new byte[KEY_BYTES];
        RANDOM.nextBytes(candidate);
        DailyHashKeys.StoredKey stored = keys.storeFirst(day, cipher.seal(DailyHashKeys.owner(day), candidate),
                Instant.now());
        if (stored.nonce() == null) {
            return stored.bytes(); // made by a node of an earlier release; sealed at the next start-up
        }
        return cipher.open(DailyHashKeys.owner(day), new KeyCipher.Sealed(stored.nonce(), stored.bytes()));
    }

    /** Destroys the keys of the days before {@code firstKept}. */
    public int destroyBefore(LocalDate firstKept) {
        return keys.destroyBefore(firstKept);
    }
}
