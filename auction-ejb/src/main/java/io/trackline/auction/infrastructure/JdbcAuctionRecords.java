package io.trackline.auction.infrastructure;

import io.trackline.auction.application.AuctionRecord;
import io.trackline.auction.domain.Winner;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;

/**
 * Inserts auctions and their winners, two JDBC batches for a whole batch of auctions (the winners' only
 * when there are some: MariaDB's driver fails closing a batch statement that never ran one).
 */
@ApplicationScoped
public class JdbcAuctionRecords {

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    public void insert(List<AuctionRecord> auctions) {
        try (Connection connection = dataSource.getConnection()) {
            insertAuctions(connection, auctions);
            if (auctions.stream().anyMatch(record -> !record.decision().winners().isEmpty())) {
                insertWinners(connection, auctions);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Auctions could not be recorded", e);
        }
    }

    private static void insertAuctions(Connection connection, List<AuctionRecord> auctions) throws SQLException {
        try (PreparedStatement auction = connection.prepareStatement("INSERT INTO auction (auction_group_id,"
                + " retailer_id, auction_type, query_text, platform_type, uid, winners, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuctionRecord record : auctions) {
                auction.setString(1, record.auctionGroupId());
                auction.setLong(2, record.retailerId());
                auction.setString(3, record.query().type().name());
                auction.setString(4, record.query().text());
                auction.setString(5, record.platformType());
                auction.setString(6, record.uid());
                auction.setInt(7, record.decision().winners().size());
                auction.setTimestamp(8, Timestamp.from(record.ranAt()));
                auction.addBatch();
            }
            auction.executeBatch();
        }
    }

    private static void insertWinners(Connection connection, List<AuctionRecord> auctions) throws SQLException {
        try (PreparedStatement winner = connection.prepareStatement("INSERT INTO auction_winner (auction_id,"
                + " auction_group_id, retailer_id, ranking, advertiser_id, campaign_id, ad_group_id, product_ids,"
                + " click_price, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuctionRecord record : auctions) {
                for (Winner won : record.decision().winners()) {
                    winner.setString(1, record.auctionId(won));
                    winner.setString(2, record.auctionGroupId());
                    winner.setLong(3, record.retailerId());
                    winner.setInt(4, won.rank());
                    winner.setLong(5, won.adGroup().advertiserId());
                    winner.setLong(6, won.adGroup().campaignId());
                    winner.setLong(7, won.adGroup().id());
                    winner.setString(8, String.join(",", won.productIds()));
                    winner.setBigDecimal(9, won.price());
                    winner.setTimestamp(10, Timestamp.from(record.ranAt()));
                    winner.addBatch();
                }
            }
            winner.executeBatch();
        }
    }
}
