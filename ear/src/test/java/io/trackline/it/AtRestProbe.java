package io.trackline.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Test-only: what a database dump would show of secrets at rest. */
@Path("it-probe/at-rest")
@RequestScoped
public class AtRestProbe {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    /** Every stored hash of the partner-secret tables. */
    @GET
    @Path("secret-hashes")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> secretHashes() throws SQLException {
        List<String> hashes = new ArrayList<>();
        for (String table : List.of("access_key", "mmp_app_token", "api_client")) {
            hashes.addAll(column("SELECT key_hash FROM " + table, null));
        }
        return hashes;
    }

    /** The daily visitor-hash keys as stored: bytes in hex, and whether each is sealed (has a nonce). */
    @GET
    @Path("daily-keys")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> dailyKeys() throws SQLException {
        List<Map<String, Object>> keys = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT key_day, key_bytes, key_nonce FROM daily_hash_key ORDER BY key_day");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                keys.add(Map.of("day", rows.getDate(1).toString(), "bytes", HexFormat.of().formatHex(rows.getBytes(2)),
                        "sealed", rows.getBytes(3) != null));
            }
        }
        return keys;
    }

    private List<String> column(String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
