package io.trackline.it;

import io.trackline.retail.application.MasterKey;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/** Test-only set-up for retail media, until retailers can be managed through the API. */
@Path("it-probe/retail")
@RequestScoped
public class RetailProbe {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Inject
    private MasterKey masterKey;

    /** A new retailer, with replay protection if asked, signing with {@code key}; answers its id. */
    @POST
    @Path("retailer")
    @Produces(MediaType.TEXT_PLAIN)
    public long newRetailer(@QueryParam("key") String key, @QueryParam("replay-protection") boolean replay)
            throws SQLException {
        long id = 1_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        Timestamp now = Timestamp.from(Instant.now());
        var sealed = masterKey.cipher().seal(id, key.getBytes(StandardCharsets.UTF_8));
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "INSERT INTO retailer (id, name, replay_protection, created_at) VALUES (?, 'IT', ?, ?)",
                    id, replay, now);
            update(connection, "INSERT INTO retailer_key (retailer_id, label, nonce, ciphertext, valid_from,"
                    + " created_at) VALUES (?, 'IT', ?, ?, ?, ?)", id, sealed.nonce(), sealed.ciphertext(), now, now);
        }
        return id;
    }

    /** How many winners of the auction group are recorded. */
    @POST
    @Path("recorded-winners")
    @Produces(MediaType.TEXT_PLAIN)
    public long recordedWinners(@QueryParam("group") String auctionGroupId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COUNT(*) FROM auction_winner WHERE auction_group_id = ?")) {
            select.setString(1, auctionGroupId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
