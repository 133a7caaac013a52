package io.trackline.platform.infrastructure;

import io.trackline.platform.domain.DailyHashKeys;
import io.trackline.platform.domain.KeyCipher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import javax.sql.DataSource;

/** The {@code daily_hash_key} rows, in the caller's transaction; {@code INSERT IGNORE} lets the first node win. */
@ApplicationScoped
public class JdbcDailyHashKeys implements DailyHashKeys {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public StoredKey storeFirst(LocalDate day, KeyCipher.Sealed candidate, Instant now) {
        JdbcUpdate.run(dataSource, "INSERT IGNORE INTO daily_hash_key (key_day, key_bytes, key_nonce, created_at)"
                + " VALUES (?, ?, ?, ?)", Date.valueOf(day), candidate.ciphertext(), candidate.nonce(),
                Timestamp.from(now));
        return JdbcQuery.one(dataSource, "SELECT key_bytes, key_nonce FROM daily_hash_key WHERE key_day = ?",
                row -> new StoredKey(row.getBytes(1), row.getBytes(2)), Date.valueOf(day)).orElseThrow();
    }

    @Override
    public int destroyBefore(LocalDate firstKept) {
        return JdbcUpdate.run(dataSource, "DELETE FROM daily_hash_key WHERE key_day < ?", Date.valueOf(firstKept));
    }
}
