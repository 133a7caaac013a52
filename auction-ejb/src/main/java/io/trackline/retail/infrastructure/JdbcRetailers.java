package io.trackline.retail.infrastructure;

import io.trackline.retail.domain.KeyCipher;
import io.trackline.platform.infrastructure.JdbcUpdate;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** A retailer's signing settings and its sealed keys valid at a moment. */
@ApplicationScoped
@Transactional
public class JdbcRetailers {

    /** What signature checking needs of a retailer: its sealed keys valid now, and the replay switch. */
    public record SigningRow(long retailerId, boolean replayProtection, List<KeyCipher.Sealed> keys) {
    }

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    public Optional<SigningRow> signing(long retailerId, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            Boolean replayProtection = null;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT replay_protection FROM retailer WHERE id = ?")) {
                select.setLong(1, retailerId);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        replayProtection = row.getBoolean(1);
                    }
                }
            }
            if (replayProtection == null) {
                return Optional.empty();
            }
            List<KeyCipher.Sealed> keys = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT nonce, ciphertext FROM retailer_key"
                    + " WHERE retailer_id = ? AND valid_from <= ? AND (valid_until IS NULL OR valid_until > ?)")) {
                select.setLong(1, retailerId);
                select.setTimestamp(2, Timestamp.from(now));
                select.setTimestamp(3, Timestamp.from(now));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.add(new KeyCipher.Sealed(rows.getBytes(1), rows.getBytes(2)));
                    }
                }
            }
            return Optional.of(new SigningRow(retailerId, replayProtection, keys));
        } catch (SQLException e) {
            throw new IllegalStateException("The retailer's signing keys could not be read", e);
        }
    }

    /** Adds a retailer unless it exists; answers whether it was added. */
    public boolean addRetailer(long id, String name, Instant now) {
        return JdbcUpdate.run(dataSource, "INSERT IGNORE INTO retailer (id, name, created_at) VALUES (?, ?, ?)",
                id, name, Timestamp.from(now)) > 0;
    }

    public void addKey(long retailerId, String label, KeyCipher.Sealed sealed, Instant validFrom) {
        JdbcUpdate.run(dataSource, "INSERT INTO retailer_key (retailer_id, label, nonce, ciphertext, valid_from,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)", retailerId, label, sealed.nonce(), sealed.ciphertext(),
                Timestamp.from(validFrom), Timestamp.from(validFrom));
    }
}
