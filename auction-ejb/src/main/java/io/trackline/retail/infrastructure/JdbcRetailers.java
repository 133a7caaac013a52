package io.trackline.retail.infrastructure;

import io.trackline.platform.domain.KeyCipher;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.JdbcUpdate;
import io.trackline.retail.api.RetailerSettings;
import io.trackline.retail.api.RetailerView;
import io.trackline.retail.domain.Retailers;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Retailers: their settings, and what signature checking needs of them (their sealed keys valid now, and
 * their switches).
 */
@ApplicationScoped
public class JdbcRetailers implements Retailers {

    /** The switches of a retailer that signature checking reads. */
    private record SigningSettings(boolean replayProtection, RetailerSettings.SignatureScheme scheme) {
    }

    private static final String SELECT = "SELECT id, name, sp_reserve_price, display_reserve_price,"
            + " attribution_window_days, replay_protection, impressions_on, signature_scheme, created_at"
            + " FROM retailer";

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    /** The retailer's keys that are not revoked and sign now or will: those that expired are left out. */
    @Override
    public Optional<SigningRow> signing(long retailerId, Instant now) {
        Optional<SigningSettings> settings = JdbcQuery.one(dataSource,
                "SELECT replay_protection, signature_scheme FROM retailer WHERE id = ?",
                row -> new SigningSettings(row.getBoolean(1),
                        RetailerSettings.SignatureScheme.valueOf(row.getString(2))), retailerId);
        return settings.map(signing -> new SigningRow(retailerId, signing.replayProtection(), signing.scheme(),
                JdbcQuery.list(dataSource, "SELECT nonce, ciphertext, valid_from, valid_until FROM retailer_key"
                        + " WHERE retailer_id = ? AND revoked_at IS NULL AND (valid_until IS NULL OR valid_until > ?)",
                        row -> new SealedKey(new KeyCipher.Sealed(row.getBytes(1), row.getBytes(2)),
                                row.getTimestamp(3).toInstant(), instant(row.getTimestamp(4))),
                        retailerId, Timestamp.from(now))));
    }

    @Override
    public List<RetailerView> all() {
        return JdbcQuery.list(dataSource, SELECT + " ORDER BY id", JdbcRetailers::view);
    }

    @Override
    public Optional<RetailerView> find(long id) {
        return JdbcQuery.one(dataSource, SELECT + " WHERE id = ?", JdbcRetailers::view, id);
    }

    /** Adds a retailer unless it exists; answers whether it was added. */
    @Override
    public boolean add(long id, RetailerSettings settings, Instant now) {
        return JdbcUpdate.run(dataSource, "INSERT IGNORE INTO retailer (id, name, sp_reserve_price,"
                + " display_reserve_price, attribution_window_days, replay_protection, impressions_on,"
                + " signature_scheme, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                settings.name(), settings.spReservePrice(), settings.displayReservePrice(),
                settings.attributionWindowDays(), settings.replayProtection(), settings.impressionsOn().name(),
                settings.signatureScheme().name(), Timestamp.from(now), Timestamp.from(now)) > 0;
    }

    /** Answers whether the retailer exists. */
    @Override
    public boolean update(long id, RetailerSettings settings, Instant now) {
        return JdbcUpdate.run(dataSource, "UPDATE retailer SET name = ?, sp_reserve_price = ?,"
                + " display_reserve_price = ?, attribution_window_days = ?, replay_protection = ?,"
                + " impressions_on = ?, signature_scheme = ?, updated_at = ? WHERE id = ?", settings.name(),
                settings.spReservePrice(), settings.displayReservePrice(), settings.attributionWindowDays(),
                settings.replayProtection(), settings.impressionsOn().name(), settings.signatureScheme().name(),
                Timestamp.from(now), id) > 0;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static RetailerView view(ResultSet row) throws SQLException {
        return new RetailerView(row.getLong(1), row.getString(2), row.getBigDecimal(3), row.getBigDecimal(4),
                row.getInt(5), row.getBoolean(6), row.getString(7).toLowerCase(Locale.ROOT),
                row.getString(8).toLowerCase(Locale.ROOT), row.getTimestamp(9).toInstant());
    }
}
