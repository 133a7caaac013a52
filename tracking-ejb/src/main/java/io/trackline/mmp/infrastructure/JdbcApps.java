package io.trackline.mmp.infrastructure;

import io.trackline.mmp.api.AppView;
import io.trackline.mmp.api.DeclaredEventView;
import io.trackline.mmp.api.TrackingLinkView;
import io.trackline.mmp.domain.ManagedApps;
import io.trackline.platform.infrastructure.JdbcQuery;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What the dashboard reads of apps: the apps, their declared events and tracking links. Every statement
 * about an app's things names the app. Declared events, links and S2S tokens are added, disabled and
 * revoked through JPA ({@link JpaAppRepository}), which owns their tables.
 */
@ApplicationScoped
public class JdbcApps implements ManagedApps {

    private static final String APP = "SELECT id, code, name, currency, click_lookback_hours,"
            + " fingerprint_lookback_hours FROM mmp_app";

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public List<AppView> apps() {
        return JdbcQuery.list(dataSource, APP + " ORDER BY name", JdbcApps::app);
    }

    @Override
    public Optional<AppView> app(long id) {
        return JdbcQuery.one(dataSource, APP + " WHERE id = ?", JdbcApps::app, id);
    }

    @Override
    public Optional<AppView> appByCode(String code) {
        return JdbcQuery.one(dataSource, APP + " WHERE code = ?", JdbcApps::app, code);
    }

    @Override
    public List<DeclaredEventView> events(long appId) {
        return JdbcQuery.list(dataSource, "SELECT mapping_id, name, repeatable FROM mmp_event_definition"
                + " WHERE app_id = ? ORDER BY mapping_id", row -> new DeclaredEventView(row.getString(1),
                row.getString(2), row.getBoolean(3)), appId);
    }

    @Override
    public boolean hasEvent(long appId, String mappingId) {
        return JdbcQuery.one(dataSource, "SELECT 1 FROM mmp_event_definition WHERE app_id = ? AND mapping_id = ?",
                row -> true, appId, mappingId).isPresent();
    }

    @Override
    public List<TrackingLinkView> links(long appId) {
        return JdbcQuery.list(dataSource, "SELECT public_id, publisher, campaign, destination_url, created_at,"
                + " disabled_at FROM mmp_tracking_link WHERE app_id = ? ORDER BY created_at DESC LIMIT 500",
                row -> new TrackingLinkView(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        instant(row, 5), row.getTimestamp(6) == null), appId);
    }


    private static AppView app(ResultSet row) throws SQLException {
        return new AppView(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                row.getInt(6));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
