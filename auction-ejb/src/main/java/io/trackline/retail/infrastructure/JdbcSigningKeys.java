package io.trackline.retail.infrastructure;

import io.trackline.platform.domain.KeyCipher;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.JdbcUpdate;
import io.trackline.retail.api.SigningKeyView;
import io.trackline.retail.domain.KeyValidity;
import io.trackline.retail.domain.RetailerKeys;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** A retailer's signing keys, sealed; their secrets never leave this class but to be opened for checking. */
@ApplicationScoped
public class JdbcSigningKeys implements RetailerKeys {

    private static final String SELECT = "SELECT id, label, valid_from, valid_until, created_at, revoked_at"
            + " FROM retailer_key WHERE retailer_id = ?";

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    /** @return the new key's id */
    @Override
    public long add(long retailerId, String label, KeyCipher.Sealed sealed, Instant validFrom, Instant validUntil,
                    Instant now) {
        return JdbcUpdate.insert(dataSource, "INSERT INTO retailer_key (retailer_id, label, nonce, ciphertext,"
                + " valid_from, valid_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", retailerId, label,
                sealed.nonce(), sealed.ciphertext(), Timestamp.from(validFrom),
                validUntil == null ? null : Timestamp.from(validUntil), Timestamp.from(now));
    }

    @Override
    public List<SigningKeyView> all(long retailerId, Instant now) {
        return JdbcQuery.list(dataSource, SELECT + " ORDER BY id", row -> view(row, now), retailerId);
    }

    @Override
    public Optional<SigningKeyView> find(long retailerId, long keyId, Instant now) {
        return JdbcQuery.one(dataSource, SELECT + " AND id = ?", row -> view(row, now), retailerId, keyId);
    }

    /** Ends the key's validity at {@code until} ({@code null}: until revoked); answers whether it exists. */
    @Override
    public boolean validUntil(long retailerId, long keyId, Instant until) {
        return JdbcUpdate.run(dataSource, "UPDATE retailer_key SET valid_until = ? WHERE retailer_id = ? AND id = ?",
                until == null ? null : Timestamp.from(until), retailerId, keyId) > 0;
    }

    /** Revokes the key at once (a revoked key stays revoked); answers whether it exists. */
    @Override
    public boolean revoke(long retailerId, long keyId, Instant now) {
        return JdbcUpdate.run(dataSource, "UPDATE retailer_key SET revoked_at = COALESCE(revoked_at, ?)"
                + " WHERE retailer_id = ? AND id = ?", Timestamp.from(now), retailerId, keyId) > 0;
    }

    private static SigningKeyView view(ResultSet row, Instant now) throws SQLException {
        Instant validFrom = row.getTimestamp(3).toInstant();
        Timestamp until = row.getTimestamp(4);
        Timestamp revoked = row.getTimestamp(6);
        Instant validUntil = until == null ? null : until.toInstant();
        boolean active = revoked == null && KeyValidity.signsAt(validFrom, validUntil, now);
        return new SigningKeyView(row.getLong(1), row.getString(2), validFrom, validUntil,
                row.getTimestamp(5).toInstant(), revoked == null ? null : revoked.toInstant(), active);
    }
}
