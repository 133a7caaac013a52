package io.trackline.platform.infrastructure;

import io.trackline.platform.domain.DailyHashKeys;
import io.trackline.platform.domain.KeyCipher;
import io.trackline.platform.domain.StoredSecrets;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The rows that keep secrets at rest, as their migration to the master key sees them: which pepper the
 * partner secrets' hashes are under ({@code secret_hashing}), the hashes themselves, and the daily
 * visitor-hash keys still stored in clear. Statements join the caller's transaction.
 */
@ApplicationScoped
public class JdbcSecretsAtRest implements StoredSecrets {

    /** The tables of partner secrets, each with {@code id} and {@code key_hash}. */
    static final List<String> HASHED_SECRET_TABLES = List.of("access_key", "mmp_app_token", "api_client");

    private record HashRow(long id, String hash) {
    }

    private record ClearKey(LocalDate day, byte[] key) {
    }

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    /** The pepper check recorded when the hashes were migrated, if they were. */
    @Override
    public Optional<String> pepperCheck() {
        return JdbcQuery.one(dataSource, "SELECT pepper_check FROM secret_hashing WHERE id = 1",
                row -> row.getString(1));
    }

    /**
     * Claims the migration for this pepper: the row is inserted in the caller's transaction, so a second
     * node starting at the same time waits for it and then finds it there. Answers whether this caller
     * claimed it (false: another did first).
     */
    @Override
    public boolean claimHashMigration(String pepperCheck, Instant now) {
        try {
            JdbcUpdate.run(dataSource, "INSERT INTO secret_hashing (id, pepper_check, migrated_at) VALUES (1, ?, ?)",
                    pepperCheck, Timestamp.from(now));
            return true;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLIntegrityConstraintViolationException) {
                return false;
            }
            throw e;
        }
    }

    /** Replaces every stored hash of every partner secret by what {@code rehash} makes of it; @return rows */
    @Override
    public int rehashAll(UnaryOperator<String> rehash) {
        int rows = 0;
        for (String table : HASHED_SECRET_TABLES) {
            for (HashRow row : JdbcQuery.list(dataSource, "SELECT id, key_hash FROM " + table,
                    result -> new HashRow(result.getLong(1), result.getString(2)))) {
                rows += JdbcUpdate.run(dataSource, "UPDATE " + table + " SET key_hash = ? WHERE id = ?",
                        rehash.apply(row.hash()), row.id());
            }
        }
        return rows;
    }

    /** Seals every daily visitor-hash key still stored in clear; @return how many there were */
    @Override
    public int sealClearDailyKeys(KeyCipher cipher) {
        int sealed = 0;
        for (ClearKey clear : JdbcQuery.list(dataSource, "SELECT key_day, key_bytes FROM daily_hash_key"
                + " WHERE key_nonce IS NULL", row -> new ClearKey(row.getDate(1).toLocalDate(), row.getBytes(2)))) {
            KeyCipher.Sealed key = cipher.seal(DailyHashKeys.owner(clear.day()), clear.key());
            sealed += JdbcUpdate.run(dataSource, "UPDATE daily_hash_key SET key_bytes = ?, key_nonce = ?"
                    + " WHERE key_day = ? AND key_nonce IS NULL", key.ciphertext(), key.nonce(),
                    Date.valueOf(clear.day()));
        }
        return sealed;
    }
}
