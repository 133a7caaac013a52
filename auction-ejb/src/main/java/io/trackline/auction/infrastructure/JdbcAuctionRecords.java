package io.trackline.auction.infrastructure;

import io.trackline.auction.domain.AdGroup;
import io.trackline.auction.domain.AuctionRecord;
import io.trackline.auction.domain.AuctionRecords;
import io.trackline.auction.domain.Winner;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.MultiRowInsert;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Inserts a batch of auctions and their winners, a few rows-at-once statements for the lot, and counts
 * the winners of retailers that count impressions on serve into their ad groups' daily totals.
 */
@ApplicationScoped
public class JdbcAuctionRecords implements AuctionRecords {

    private static final String INSERT_AUCTIONS = "INSERT INTO auction (auction_group_id, retailer_id,"
            + " auction_type, query_text, platform_type, uid, winners, created_at)";
    private static final String INSERT_WINNERS = "INSERT INTO auction_winner (auction_id, auction_group_id,"
            + " retailer_id, ranking, advertiser_id, campaign_id, ad_group_id, product_ids, click_price, created_at)";

    private record Won(AuctionRecord auction, Winner winner) {
    }

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Inject
    private JdbcDailyStats stats;

    @Override
    public void insert(List<AuctionRecord> auctions) {
        List<Won> winners = new ArrayList<>();
        Map<JdbcDailyStats.Key, Long> impressions = new HashMap<>();
        for (AuctionRecord auction : auctions) {
            LocalDate day = LocalDate.ofInstant(auction.ranAt(), ZoneOffset.UTC);
            for (Winner winner : auction.winners()) {
                winners.add(new Won(auction, winner));
                if (auction.impressionsOnServe()) {
                    AdGroup group = winner.adGroup();
                    impressions.merge(new JdbcDailyStats.Key(auction.retailerId(), group.advertiserId(),
                            group.campaignId(), group.id(), day), 1L, Long::sum);
                }
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            MultiRowInsert.run(connection, INSERT_AUCTIONS, 8, auctions, JdbcAuctionRecords::bindAuction);
            MultiRowInsert.run(connection, INSERT_WINNERS, 10, winners, JdbcAuctionRecords::bindWinner);
            stats.add(connection, impressions.entrySet().stream()
                    .map(served -> JdbcDailyStats.Delta.impressions(served.getKey(), served.getValue())).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("Auctions could not be recorded", e);
        }
    }

    /** Which of these auctions are recorded already (a write whose outcome was unknown may have been). */
    @Override
    public Set<String> recorded(List<String> auctionGroupIds) {
        String placeholders = JdbcQuery.placeholders(auctionGroupIds.size());
        Set<String> recorded = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT auction_group_id FROM auction WHERE auction_group_id IN (" + placeholders + ")")) {
            for (int i = 0; i < auctionGroupIds.size(); i++) {
                statement.setString(i + 1, auctionGroupIds.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    recorded.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recorded auctions could not be read", e);
        }
        return recorded;
    }

    private static void bindAuction(PreparedStatement statement, int first, AuctionRecord record)
            throws SQLException {
        statement.setString(first, record.auctionGroupId());
        statement.setLong(first + 1, record.retailerId());
        statement.setString(first + 2, record.query().type().name());
        statement.setString(first + 3, record.query().text());
        statement.setString(first + 4, record.platformType());
        statement.setString(first + 5, record.uid());
        statement.setInt(first + 6, record.winners().size());
        statement.setObject(first + 7, localTime(record.ranAt()));
    }

    private static void bindWinner(PreparedStatement statement, int first, Won won) throws SQLException {
        Winner winner = won.winner();
        statement.setString(first, won.auction().auctionId(winner));
        statement.setString(first + 1, won.auction().auctionGroupId());
        statement.setLong(first + 2, won.auction().retailerId());
        statement.setInt(first + 3, winner.rank());
        statement.setLong(first + 4, winner.adGroup().advertiserId());
        statement.setLong(first + 5, winner.adGroup().campaignId());
        statement.setLong(first + 6, winner.adGroup().id());
        statement.setString(first + 7, ProductIds.join(winner.productIds()));
        statement.setBigDecimal(first + 8, winner.price());
        statement.setObject(first + 9, localTime(won.auction().ranAt()));
    }

    /**
     * The time as {@code setTimestamp} would write it (in the JVM's zone), without the calendar that
     * MariaDB's driver would make for every timestamp.
     */
    private static LocalDateTime localTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }
}
