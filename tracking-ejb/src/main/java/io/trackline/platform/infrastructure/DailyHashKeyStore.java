package io.trackline.platform.infrastructure;

import io.trackline.platform.domain.KeyCipher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * The shared key of each UTC day, created by whichever node needs it first, and stored sealed under a key
 * derived from the master key: a database dump alone cannot test guesses (there are only four billion
 * IPv4 addresses) against the stored visitor hashes. Runs in its own transaction so that a key, once
 * made, is there for every node at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DailyHashKeyStore {

    static final String PURPOSE = "daily-hash-keys";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored key as it is: sealed with its nonce, or (from an earlier release) in clear, without one. */
    private record StoredKey(byte[] bytes, byte[] nonce) {
    }

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Inject
    private MasterKey masterKey;

    private KeyCipher cipher;

    @PostConstruct
    void open() {
        cipher = cipher(masterKey);
    }

    /** The cipher the keys are sealed with. */
    public static KeyCipher cipher(MasterKey masterKey) {
        return new KeyCipher(masterKey.derive(PURPOSE));
    }

    /** What a day's key is sealed for: a row moved to another day does not open. */
    static String owner(LocalDate day) {
        return "daily-hash-key:" + day;
    }

    public byte[] keyOf(LocalDate day) {
        byte[] candidate = new byte[KEY_BYTES];
        RANDOM.nextBytes(candidate);
        KeyCipher.Sealed sealed = cipher.seal(owner(day), candidate);
        JdbcUpdate.run(dataSource, "INSERT IGNORE INTO daily_hash_key (key_day, key_bytes, key_nonce, created_at)"
                + " VALUES (?, ?, ?, ?)", Date.valueOf(day), sealed.ciphertext(), sealed.nonce(),
                Timestamp.from(Instant.now()));
        StoredKey stored = JdbcQuery.one(dataSource, "SELECT key_bytes, key_nonce FROM daily_hash_key"
                + " WHERE key_day = ?", row -> new StoredKey(row.getBytes(1), row.getBytes(2)), Date.valueOf(day))
                .orElseThrow();
        if (stored.nonce() == null) {
            return stored.bytes(); // made by a node of an earlier release; sealed at the next start-up
        }
        return cipher.open(owner(day), new KeyCipher.Sealed(stored.nonce(), stored.bytes()));
    }

    /** Destroys the keys of the days before {@code firstKept}. */
    public int destroyBefore(LocalDate firstKept) {
        return JdbcUpdate.run(dataSource, "DELETE FROM daily_hash_key WHERE key_day < ?", Date.valueOf(firstKept));
    }
}
