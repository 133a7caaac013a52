package io.trackline.it;

import io.trackline.platform.infrastructure.MasterKey;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
        var sealed = masterKey.cipher().seal(Long.toString(id), key.getBytes(StandardCharsets.UTF_8));
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "INSERT INTO retailer (id, name, replay_protection, created_at) VALUES (?, 'IT', ?, ?)",
                    id, replay, now);
            update(connection, "INSERT INTO retailer_key (retailer_id, label, nonce, ciphertext, valid_from,"
                    + " created_at) VALUES (?, 'IT', ?, ?, ?, ?)", id, sealed.nonce(), sealed.ciphertext(), now, now);
        }
        return id;
    }

    /**
     * An advertiser of the retailer with a live campaign of this daily budget and one sponsored-product ad
     * group bidding 1.00 on {@code keyword} (broad) for an in-stock product {@code IT-<ad group id>};
     * answers the campaign's id. With {@code brand}, the advertiser sells that brand and the catalog has a
     * second product of it, {@code IT-<ad group id>-B}, that no ad group promotes. With {@code advertiser},
     * the campaign is that advertiser's.
     */
    @POST
    @Path("campaign")
    @Produces(MediaType.TEXT_PLAIN)
    public long newCampaign(@QueryParam("retailer") long retailer, @QueryParam("daily-budget") String dailyBudget,
                            @QueryParam("keyword") String keyword, @QueryParam("brand") String brand,
                            @QueryParam("advertiser") Long advertiserId) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection()) {
            long advertiser = advertiserId != null ? advertiserId : insert(connection,
                    "INSERT INTO advertiser (retailer_id, name, brand) VALUES (?, 'IT', ?)", retailer, brand);
            long campaign = insert(connection, "INSERT INTO ad_campaign (advertiser_id, name, status, starts_on,"
                    + " daily_budget, updated_at) VALUES (?, 'IT', 'ACTIVE', ?, ?, ?)", advertiser,
                    Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays(1)),
                    new BigDecimal(dailyBudget), now);
            long group = insert(connection, "INSERT INTO ad_group (campaign_id, name, format, status, default_bid,"
                    + " updated_at) VALUES (?, 'IT', 'SP', 'ACTIVE', 1.00, ?)", campaign, now);
            update(connection, "INSERT INTO retail_product (retailer_id, product_id, name, brand, stock, updated_at)"
                    + " VALUES (?, ?, 'IT product', ?, 5, ?)", retailer, "IT-" + group, brand, now);
            if (brand != null) {
                update(connection, "INSERT INTO retail_product (retailer_id, product_id, name, brand, stock,"
                        + " updated_at) VALUES (?, ?, 'IT product of the brand', ?, 5, ?)", retailer,
                        "IT-" + group + "-B", brand, now);
            }
            update(connection, "INSERT INTO ad_group_product (ad_group_id, product_id, position) VALUES (?, ?, 0)",
                    group, "IT-" + group);
            update(connection, "INSERT INTO ad_keyword (ad_group_id, keyword, match_type) VALUES (?, ?, 'BROAD')",
                    group, keyword);
            return campaign;
        }
    }

    /** The ad group and advertiser of a campaign made here, e.g. {@code 17 9}. */
    @POST
    @Path("campaign-parts")
    @Produces(MediaType.TEXT_PLAIN)
    public String campaignParts(@QueryParam("campaign") long campaign) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT g.id, c.advertiser_id FROM ad_group g"
                     + " JOIN ad_campaign c ON c.id = g.campaign_id WHERE c.id = ?")) {
            select.setLong(1, campaign);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1) + " " + row.getLong(2);
            }
        }
    }

    /** Moves a click back in time, as if the shopper had clicked {@code hours} ago. */
    @POST
    @Path("age-click")
    public void ageClick(@QueryParam("auction") String auctionId, @QueryParam("hours") long hours)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "UPDATE ad_click SET clicked_at = ? WHERE auction_id = ?",
                    Timestamp.from(Instant.now().minusSeconds(hours * 3600)), auctionId);
        }
    }

    /** What the campaign has spent today, and in how many billed clicks, e.g. {@code 0.4000 4}. */
    @POST
    @Path("spent")
    @Produces(MediaType.TEXT_PLAIN)
    public String spent(@QueryParam("campaign") long campaign) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT c.spent_today, (SELECT COUNT(*)"
                     + " FROM ad_click k WHERE k.campaign_id = c.id AND k.billed)"
                     + " FROM ad_campaign c WHERE c.id = ?")) {
            select.setLong(1, campaign);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBigDecimal(1).stripTrailingZeros().toPlainString() + " " + row.getLong(2);
            }
        }
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

    private static long insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql,
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
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
