package io.trackline.mmp.infrastructure;

import io.trackline.mmp.domain.ClickLookup;
import io.trackline.platform.infrastructure.JdbcQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The clicks a batch of new users may be attributed to, in two queries for the whole batch: by the click
 * ids the calls name, and by the visitors' fingerprints.
 */
@ApplicationScoped
public class JdbcClickLookup implements ClickLookup {

    private static final String COLUMNS = "SELECT id, public_id, publisher, campaign, fingerprint, clicked_at"
            + " FROM mmp_click WHERE app_id = ? AND ";

    @Override
    public List<ClickRow> byPublicIds(Connection connection, long appId, Collection<String> publicIds)
            throws SQLException {
        return query(connection, COLUMNS + "public_id IN (" + JdbcQuery.placeholders(publicIds.size()) + ")", appId, publicIds, null);
    }

    /** The clicks since {@code since} of visitors with these fingerprints. */
    @Override
    public List<ClickRow> byFingerprints(Connection connection, long appId, Collection<String> fingerprints,
                                         Instant since) throws SQLException {
        return query(connection, COLUMNS + "fingerprint IN (" + JdbcQuery.placeholders(fingerprints.size()) + ") AND clicked_at >= ?",
                appId, fingerprints, since);
    }

    private static List<ClickRow> query(Connection connection, String sql, long appId, Collection<String> values,
                                        Instant since) throws SQLException {
        List<ClickRow> clicks = new ArrayList<>();
        if (values.isEmpty()) {
            return clicks;
        }
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            select.setLong(index++, appId);
            for (String value : values) {
                select.setString(index++, value);
            }
            if (since != null) {
                select.setTimestamp(index, Timestamp.from(since));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    clicks.add(new ClickRow(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getTimestamp(6).toInstant()));
                }
            }
        }
        return clicks;
    }
}
