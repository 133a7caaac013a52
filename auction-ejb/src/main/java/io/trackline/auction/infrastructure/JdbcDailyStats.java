package io.trackline.auction.infrastructure;

import io.trackline.auction.domain.DailyStats;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.MultiRowInsert;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Adds to the daily totals of ad groups and of their campaigns, in the caller's transaction. Each addition
 * lands on one of {@value #SHARDS} rows of its ad group (campaign) and day, at random, so that concurrent
 * events of a busy ad group seldom wait for one another's row lock; readers sum the shards.
 */
@ApplicationScoped
public class JdbcDailyStats implements DailyStats {

    static final int SHARDS = 8;
    private static final String UPSERT = "INSERT INTO retail_daily_stats (ad_group_id, stats_day, shard, retailer_id,"
            + " advertiser_id, campaign_id, impressions, clicks, invalid_clicks, spend, add_to_carts,"
            + " add_to_cart_value, direct_units, direct_sales, halo_units, halo_sales)";
    private static final String CAMPAIGN_UPSERT = "INSERT INTO retail_campaign_stats (retailer_id, stats_day,"
            + " campaign_id, shard, advertiser_id, impressions, clicks, invalid_clicks, spend, add_to_carts,"
            + " add_to_cart_value, direct_units, direct_sales, halo_units, halo_sales)";
    private static final String ON_DUPLICATE = " ON DUPLICATE KEY UPDATE"
            + " impressions = impressions + VALUES(impressions),"
            + " clicks = clicks + VALUES(clicks), invalid_clicks = invalid_clicks + VALUES(invalid_clicks),"
            + " spend = spend + VALUES(spend), add_to_carts = add_to_carts + VALUES(add_to_carts),"
            + " add_to_cart_value = add_to_cart_value + VALUES(add_to_cart_value),"
            + " direct_units = direct_units + VALUES(direct_units), direct_sales = direct_sales + VALUES(direct_sales),"
            + " halo_units = halo_units + VALUES(halo_units), halo_sales = halo_sales + VALUES(halo_sales)";

    private record Sharded(Delta delta, int shard) {
    }

    /**
     * Rows in one order in every transaction, so that two of them never wait for each other's rows; a
     * campaign's rows (ad group 0) sort the same way.
     */
    private static final Comparator<Sharded> LOCK_ORDER = Comparator
            .comparingLong((Sharded row) -> row.delta().key().retailerId())
            .thenComparing(row -> row.delta().key().day())
            .thenComparingLong(row -> row.delta().key().campaignId())
            .thenComparingLong(row -> row.delta().key().adGroupId()).thenComparingInt(Sharded::shard);

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    @Override
    public void add(Collection<Delta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            add(connection, List.copyOf(deltas));
        } catch (SQLException e) {
            throw new IllegalStateException("Daily totals could not be added to", e);
        }
    }

    /** The same on a connection the caller holds. */
    @Override
    public void add(Connection connection, List<Delta> deltas) throws SQLException {
        MultiRowInsert.run(connection, UPSERT, 16, sharded(deltas), JdbcDailyStats::bind, ON_DUPLICATE);
        Map<Key, Delta> perCampaign = new HashMap<>();
        for (Delta delta : deltas) {
            Key key = delta.key();
            Key campaign = new Key(key.retailerId(), key.advertiserId(), key.campaignId(), 0, key.day());
            perCampaign.merge(campaign, delta.to(campaign), Delta::plus);
        }
        MultiRowInsert.run(connection, CAMPAIGN_UPSERT, 15, sharded(perCampaign.values()),
                JdbcDailyStats::bindCampaign, ON_DUPLICATE);
    }

    private static List<Sharded> sharded(Collection<Delta> deltas) {
        return deltas.stream().map(delta -> new Sharded(delta, ThreadLocalRandom.current().nextInt(SHARDS)))
                .sorted(LOCK_ORDER).toList();
    }

    /** Every ad group's impressions and clicks from {@code since} on. */
    @Override
    public List<Performance> performanceSince(LocalDate since) {
        return JdbcQuery.list(dataSource, "SELECT retailer_id, ad_group_id, SUM(impressions), SUM(clicks)"
                + " FROM retail_daily_stats WHERE stats_day >= ? GROUP BY retailer_id, ad_group_id",
                row -> new Performance(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)),
                Date.valueOf(since));
    }

    private static void bind(PreparedStatement statement, int first, Sharded row) throws SQLException {
        Delta delta = row.delta();
        Key key = delta.key();
        statement.setLong(first, key.adGroupId());
        statement.setDate(first + 1, Date.valueOf(key.day()));
        statement.setInt(first + 2, row.shard());
        statement.setLong(first + 3, key.retailerId());
        statement.setLong(first + 4, key.advertiserId());
        statement.setLong(first + 5, key.campaignId());
        bindSums(statement, first + 6, delta);
    }

    private static void bindCampaign(PreparedStatement statement, int first, Sharded row) throws SQLException {
        Key key = row.delta().key();
        statement.setLong(first, key.retailerId());
        statement.setDate(first + 1, Date.valueOf(key.day()));
        statement.setLong(first + 2, key.campaignId());
        statement.setInt(first + 3, row.shard());
        statement.setLong(first + 4, key.advertiserId());
        bindSums(statement, first + 5, row.delta());
    }

    private static void bindSums(PreparedStatement statement, int first, Delta delta) throws SQLException {
        statement.setLong(first, delta.impressions());
        statement.setLong(first + 1, delta.clicks());
        statement.setLong(first + 2, delta.invalidClicks());
        statement.setBigDecimal(first + 3, delta.spend());
        statement.setLong(first + 4, delta.addToCarts());
        statement.setBigDecimal(first + 5, delta.addToCartValue());
        statement.setLong(first + 6, delta.directUnits());
        statement.setBigDecimal(first + 7, delta.directSales());
        statement.setLong(first + 8, delta.haloUnits());
        statement.setBigDecimal(first + 9, delta.haloSales());
    }
}
