package io.trackline.cluster;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster's MariaDB, read directly to see what the nodes stored: the system properties
 * {@code trackline.cluster.db.url}, {@code .user} and {@code .password}, by default the database
 * {@code scripts/cluster.sh up} creates. Reads, and sets a campaign's budget.
 */
final class ClusterDatabase {

    private static final String URL = System.getProperty("trackline.cluster.db.url",
            "jdbc:mariadb://127.0.0.1:3306/trackline_cluster");
    private static final String USER = System.getProperty("trackline.cluster.db.user", "trackline_cluster");
    private static final String PASSWORD = System.getProperty("trackline.cluster.db.password", "trackline_cluster");

    /** A stored postback: its public id (the {@code id} of its answer) and whether it counted. */
    record StoredPostback(String id, boolean counted) {
    }

    /** A recorded auction: its group id and how many winners it had. */
    record RecordedAuction(String auctionGroupId, int winners) {
    }

    /** A stored click on a winner. */
    record StoredClick(String auctionId, boolean billed, BigDecimal price) {
    }

    private ClusterDatabase() {
    }

    /** Every postback stored for the demo customer's influencer {@code code}. */
    static List<StoredPostback> postbacksOf(String influencer) {
        return query("SELECT p.public_id, p.counted FROM postback p JOIN influencer i ON i.id = p.influencer_id"
                + " WHERE i.code = ?", influencer, row -> new StoredPostback(row.getString(1), row.getBoolean(2)));
    }

    /** Every auction recorded for a shopper ({@code uid}) whose id starts with {@code uidPrefix}. */
    static List<RecordedAuction> auctionsOfShoppers(String uidPrefix) {
        return query("SELECT auction_group_id, winners FROM auction WHERE uid LIKE ?", uidPrefix + "%",
                row -> new RecordedAuction(row.getString(1), row.getInt(2)));
    }

    static List<StoredClick> clicksOn(String auctionId) {
        return query("SELECT auction_id, billed, price FROM ad_click WHERE auction_id = ?", auctionId,
                row -> new StoredClick(row.getString(1), row.getBoolean(2), row.getBigDecimal(3)));
    }

    /** What a campaign has spent in all, as the database has it. */
    static BigDecimal spentTotal(long campaign) {
        return query("SELECT spent_total FROM ad_campaign WHERE id = ?", campaign, row -> row.getBigDecimal(1))
                .get(0);
    }

    /** A campaign's daily and total budgets ({@code null}: none). */
    record Budgets(BigDecimal daily, BigDecimal total) {
    }

    static Budgets budgets(long campaign) {
        return query("SELECT daily_budget, total_budget FROM ad_campaign WHERE id = ?", campaign,
                row -> new Budgets(row.getBigDecimal(1), row.getBigDecimal(2))).get(0);
    }

    /**
     * Sets a campaign's budgets behind the nodes' backs (the one write of this class): billing reads them in
     * its conditional update, so they hold at once on every node.
     */
    static void setBudgets(long campaign, Budgets budgets) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE ad_campaign SET daily_budget = ?, total_budget = ? WHERE id = ?")) {
            statement.setBigDecimal(1, budgets.daily());
            statement.setBigDecimal(2, budgets.total());
            statement.setLong(3, campaign);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(URL + ": the budget of campaign " + campaign + ": " + e.getMessage(), e);
        }
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> query(String sql, Object parameter, Row<T> reader) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(reader.read(rows));
                }
                return read;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(URL + " as " + USER + ": " + sql + ": " + e.getMessage(), e);
        }
    }
}
