package io.trackline.platform.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The shared key of each UTC day, created by whichever node needs it first. Runs in its own transaction
 * so that a key, once made, is there for every node at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DailyHashKeyStore {

    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager entityManager;

    public byte[] keyOf(LocalDate day) {
        byte[] candidate = new byte[KEY_BYTES];
        RANDOM.nextBytes(candidate);
        entityManager.createNativeQuery(
                        "INSERT IGNORE INTO daily_hash_key (key_day, key_bytes, created_at) VALUES (?, ?, ?)")
                .setParameter(1, java.sql.Date.valueOf(day))
                .setParameter(2, candidate)
                .setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
        return (byte[]) entityManager.createNativeQuery("SELECT key_bytes FROM daily_hash_key WHERE key_day = ?")
                .setParameter(1, java.sql.Date.valueOf(day))
                .getSingleResult();
    }

    /** Destroys the keys of the days before {@code firstKept}. */
    public int destroyBefore(LocalDate firstKept) {
        return entityManager.createNativeQuery("DELETE FROM daily_hash_key WHERE key_day < ?")
                .setParameter(1, java.sql.Date.valueOf(firstKept))
                .executeUpdate();
    }
}
