package io.trackline.platform.infrastructure;

import io.trackline.platform.api.ApiClientView;
import io.trackline.platform.domain.AccessRecords;
import io.trackline.platform.domain.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The API clients as an admin lists them, and whether a tenant a user or client is given exists: a brand
 * (customer code), an app (code), a retailer or an advertiser (id). Users and API clients are changed
 * through JPA ({@link JpaUserAccountRepository}, {@link JpaApiClientRepository}), which owns their tables.
 */
@ApplicationScoped
public class JdbcAccess implements AccessRecords {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public List<ApiClientView> apiClients() {
        return JdbcQuery.list(dataSource, "SELECT client_id, label, role, tenant, created_at, revoked_at"
                + " FROM api_client ORDER BY revoked_at IS NOT NULL, client_id", row -> new ApiClientView(
                row.getString(1), row.getString(2), lower(row.getString(3)), row.getString(4), instant(row, 5),
                instant(row, 6)));
    }

    /** Whether the tenant of a user or client of that role exists. */
    @Override
    public boolean tenantExists(Role role, String tenant) {
        if (role == Role.ADMIN || tenant == null) {
            return role == Role.ADMIN && tenant == null;
        }
        return switch (role) {
            case BRAND -> exists("SELECT 1 FROM customer WHERE code = ?", tenant);
            case APP_OWNER -> exists("SELECT 1 FROM mmp_app WHERE code = ?", tenant);
            case RETAILER -> tenant.matches("[1-9][0-9]{0,17}")
                    && exists("SELECT 1 FROM retailer WHERE id = ?", Long.parseLong(tenant));
            default -> tenant.matches("[1-9][0-9]{0,17}")
                    && exists("SELECT 1 FROM advertiser WHERE id = ?", Long.parseLong(tenant));
        };
    }

    private boolean exists(String sql, Object key) {
        return JdbcQuery.one(dataSource, sql, row -> true, key).isPresent();
    }

    private static String lower(String role) {
        return role.toLowerCase(Locale.ROOT);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
