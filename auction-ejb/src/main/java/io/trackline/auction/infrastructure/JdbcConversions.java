package io.trackline.auction.infrastructure;

import io.trackline.auction.api.AttributedLine;
import io.trackline.auction.domain.PendingConversion;
import io.trackline.auction.domain.StoredConversions;
import io.trackline.auction.domain.UserClick;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.JdbcUpdate;
import io.trackline.platform.infrastructure.MultiRowInsert;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Add-to-carts and purchases with their attributed lines, and what attributing them reads, in the caller's
 * transaction.
 */
@ApplicationScoped
public class JdbcConversions implements StoredConversions {

    private static final Comparator<PendingConversion> KEY_ORDER = Comparator
            .comparingLong(PendingConversion::retailerId).thenComparing(PendingConversion::kind)
            .thenComparing(PendingConversion::eventKey);
    private static final String INSERT_LINES = "INSERT INTO retail_conversion_line (retailer_id, kind, event_key,"
            + " line_no, uid, product_id, quantity, price, attribution, auction_id, advertiser_id, campaign_id,"
            + " ad_group_id, occurred_at)";

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    /** One insert a conversion, sent in key order (the order the keys are locked in). */
    @Override
    public boolean[] claim(List<PendingConversion> conversions) {
        return JdbcUpdate.runEachInOrder(dataSource, "INSERT IGNORE INTO retail_conversion (retailer_id, kind,"
                + " event_key, uid, received_at) VALUES (?, ?, ?, ?, ?)", conversions, KEY_ORDER,
                conversion -> new Object[] {conversion.retailerId(), conversion.kind(), conversion.eventKey(),
                    conversion.uid(), Timestamp.from(conversion.at())});
    }

    /** One query for them all, the limit applied per shopper by the database. */
    @Override
    public Map<String, List<UserClick>> clicksSince(long retailerId, Collection<String> uids, Instant since,
                                                    int limit) {
        if (uids.isEmpty()) {
            return Map.of();
        }
        List<Object> values = new ArrayList<>();
        values.add(retailerId);
        values.addAll(uids);
        values.add(Timestamp.from(since));
        values.add(limit);
        Map<String, List<UserClick>> clicks = new HashMap<>();
        JdbcQuery.list(dataSource, "SELECT uid, auction_id, advertiser_id, campaign_id, ad_group_id, product_ids,"
                + " clicked_at FROM (SELECT uid, auction_id, advertiser_id, campaign_id, ad_group_id, product_ids,"
                + " clicked_at, ROW_NUMBER() OVER (PARTITION BY uid ORDER BY clicked_at DESC) AS recency"
                + " FROM ad_click WHERE retailer_id = ? AND uid IN (" + JdbcQuery.placeholders(uids.size()) + ")"
                + " AND clicked_at >= ? AND (billed = TRUE OR not_billed_reason = 'budget_exhausted')) recent"
                + " WHERE recency <= ? ORDER BY uid, clicked_at DESC",
                row -> Map.entry(row.getString(1), new UserClick(row.getString(2), row.getLong(3), row.getLong(4),
                        row.getLong(5), ProductIds.parse(row.getString(6)), row.getTimestamp(7).toInstant())),
                values.toArray())
                .forEach(row -> clicks.computeIfAbsent(row.getKey(), uid -> new ArrayList<>()).add(row.getValue()));
        return clicks;
    }

    /**
     * For each product, which of these advertisers own it: an ad group of theirs promotes it, or it is of the
     * brand they sell.
     */
    @Override
    public Map<String, Set<Long>> owners(long retailerId, Collection<String> productIds,
                                         Collection<Long> advertiserIds) {
        if (productIds.isEmpty() || advertiserIds.isEmpty()) {
            return Map.of();
        }
        String products = JdbcQuery.placeholders(productIds.size());
        String advertisers = JdbcQuery.placeholders(advertiserIds.size());
        List<Object> values = new ArrayList<>(productIds);
        values.addAll(advertiserIds);
        values.add(retailerId);
        values.addAll(productIds);
        values.addAll(advertiserIds);
        Map<String, Set<Long>> owners = new HashMap<>();
        JdbcQuery.list(dataSource, "SELECT p.product_id, c.advertiser_id FROM ad_group_product p"
                + " JOIN ad_group g ON g.id = p.ad_group_id JOIN ad_campaign c ON c.id = g.campaign_id"
                + " WHERE p.product_id IN (" + products + ") AND c.advertiser_id IN (" + advertisers + ")"
                + " UNION SELECT r.product_id, a.id FROM retail_product r"
                + " JOIN advertiser a ON a.retailer_id = r.retailer_id AND a.brand = r.brand"
                + " WHERE r.retailer_id = ? AND r.product_id IN (" + products + ") AND a.id IN (" + advertisers + ")",
                row -> Map.entry(row.getString(1), row.getLong(2)), values.toArray())
                .forEach(row -> owners.computeIfAbsent(row.getKey(), id -> new HashSet<>()).add(row.getValue()));
        return owners;
    }

    @Override
    public void insertLines(List<LineRow> lines) {
        try (Connection connection = dataSource.getConnection()) {
            MultiRowInsert.run(connection, INSERT_LINES, 14, lines, JdbcConversions::bind);
        } catch (SQLException e) {
            throw new IllegalStateException("Conversion lines could not be stored", e);
        }
    }

    /** The lines of a conversion received before, as they were attributed then. */
    @Override
    public List<AttributedLine> lines(long retailerId, String kind, String eventKey) {
        return JdbcQuery.list(dataSource, "SELECT product_id, quantity, price, attribution, auction_id, advertiser_id,"
                + " campaign_id, ad_group_id FROM retail_conversion_line WHERE retailer_id = ? AND kind = ?"
                + " AND event_key = ? ORDER BY line_no", row -> new AttributedLine(row.getString(1), row.getInt(2),
                        row.getBigDecimal(3), row.getString(4), row.getString(5), row.getObject(6, Long.class),
                        row.getObject(7, Long.class), row.getObject(8, Long.class)), retailerId, kind, eventKey);
    }

    private static void bind(PreparedStatement statement, int first, LineRow row) throws SQLException {
        AttributedLine line = row.line();
        statement.setLong(first, row.retailerId());
        statement.setString(first + 1, row.kind());
        statement.setString(first + 2, row.eventKey());
        statement.setInt(first + 3, row.lineNo());
        statement.setString(first + 4, row.uid());
        statement.setString(first + 5, line.productId());
        statement.setInt(first + 6, line.quantity());
        statement.setBigDecimal(first + 7, line.price());
        statement.setString(first + 8, line.attribution());
        statement.setString(first + 9, line.auctionId());
        setLong(statement, first + 10, line.advertiserId());
        setLong(statement, first + 11, line.campaignId());
        setLong(statement, first + 12, line.adGroupId());
        statement.setTimestamp(first + 13, Timestamp.from(row.occurredAt()));
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
