package io.trackline.it;

import io.trackline.platform.infrastructure.SecretHashing;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Test-only set-up for the MMP API, until apps can be managed through the API: a fresh app per test (so
 * that its report counts only what the test did), and clicks made older than they are.
 */
@Path("it-probe/mmp")
@RequestScoped
public class MmpProbe {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Inject
    private SecretHashing hashing;

    /**
     * A new app in EUR with events {@code register} (once per user) and {@code purchase} (repeatable), and a
     * tracking link; answers its token and link id.
     */
    @POST
    @Path("app")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> newApp() throws SQLException {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String token = "it-token-" + suffix;
        String link = "it-link-" + suffix;
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection()) {
            long app;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mmp_app (code, name, currency,"
                    + " created_at) VALUES (?, 'IT app', 'EUR', ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, "it-app-" + suffix);
                insert.setTimestamp(2, now);
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    app = keys.getLong(1);
                }
            }
            update(connection, "INSERT INTO mmp_app_token (app_id, key_hash, label, created_at)"
                    + " VALUES (?, ?, 'IT', ?)", app, hashing.hash(token), now);
            update(connection, "INSERT INTO mmp_event_definition (app_id, mapping_id, name, repeatable, created_at)"
                    + " VALUES (?, 'register', 'Register', FALSE, ?)", app, now);
            update(connection, "INSERT INTO mmp_event_definition (app_id, mapping_id, name, repeatable, created_at)"
                    + " VALUES (?, 'purchase', 'Purchase', TRUE, ?)", app, now);
            update(connection, "INSERT INTO mmp_tracking_link (public_id, app_id, publisher, campaign, sub1,"
                    + " destination_url, created_at) VALUES (?, ?, 'it-publisher', 'it-campaign', 'default-sub1',"
                    + " 'https://shop.example/landing?utm_source=it#top', ?)", link, app, now);
            update(connection, "INSERT INTO mmp_currency_rate (currency, units_per_eur, updated_at) VALUES"
                    + " ('USD', 1.08, ?) ON DUPLICATE KEY UPDATE units_per_eur = 1.08", now);
        }
        return Map.of("token", token, "link", link);
    }

    /** Moves a click back in time by {@code hours}. */
    @POST
    @Path("age-click")
    @Produces(MediaType.TEXT_PLAIN)
    public int ageClick(@QueryParam("id") String clickId, @QueryParam("hours") int hours) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return update(connection, "UPDATE mmp_click SET clicked_at = ? WHERE public_id = ?",
                    Timestamp.from(Instant.now().minus(Duration.ofHours(hours))), clickId);
        }
    }

    private static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }
}
