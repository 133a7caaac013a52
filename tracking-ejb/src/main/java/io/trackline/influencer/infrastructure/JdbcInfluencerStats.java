package io.trackline.influencer.infrastructure;

import io.trackline.influencer.api.InfluencerReport;
import io.trackline.influencer.api.InfluencerReportQuery;
import io.trackline.influencer.domain.InfluencerStats;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.MultiRowInsert;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The daily postback totals of brands (see the migration): added to in the writer's transaction, per
 * influencer (on one of {@value #INFLUENCER_SHARDS} rows at random) and per event type (one of
 * {@value #TYPE_SHARDS}: few rows, which every batch of a brand's day touches); read summed over shards, per
 * day, influencer, campaign or event type, on the primary key's range of the brand and its days.
 */
@ApplicationScoped
public class JdbcInfluencerStats implements InfluencerStats {

    static final int INFLUENCER_SHARDS = 2;
    static final int TYPE_SHARDS = 16;
    private static final long NO_CAMPAIGN = 0L;
    private static final String PER_INFLUENCER = "INSERT INTO influencer_daily_stats (customer_id, stats_day,"
            + " campaign_id, influencer_id, shard, counted, filtered)";
    private static final String PER_TYPE = "INSERT INTO influencer_daily_types (customer_id, stats_day, campaign_id,"
            + " product_id, event_type, shard, counted, filtered)";
    private static final String ON_DUPLICATE = " ON DUPLICATE KEY UPDATE counted = counted + VALUES(counted),"
            + " filtered = filtered + VALUES(filtered)";

    /** The column a report groups by, and how that reads to a person; a join per group, not per row. */
    private record Grouping(String table, String key, String name, String join) {

        static Grouping of(Dimension by) {
            return switch (by) {
                case DAY -> new Grouping("influencer_daily_types", "stats_day", "t.k", "");
                case INFLUENCER -> new Grouping("influencer_daily_stats", "influencer_id", "i.code",
                        " JOIN influencer i ON i.id = t.k");
                case CAMPAIGN -> new Grouping("influencer_daily_types", "campaign_id", "COALESCE(c.name, '')",
                        " LEFT JOIN campaign c ON c.id = t.k");
                case EVENT_TYPE -> new Grouping("influencer_daily_types", "event_type", "t.k", "");
            };
        }
    }

    private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::customerId)
            .thenComparing(Key::day).thenComparingLong(JdbcInfluencerStats::campaign)
            .thenComparingLong(Key::influencerId)
            .thenComparingLong(Key::productId).thenComparing(Key::eventType);

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    /** Adds the deltas in the caller's transaction, in key order so that concurrent writers lock alike. */
    @Override
    public void add(Connection connection, Collection<Delta> deltas) throws SQLException {
        Map<Key, Delta> perInfluencer = new TreeMap<>(ORDER);
        Map<Key, Delta> perType = new TreeMap<>(ORDER);
        for (Delta delta : deltas) {
            Key influencer = perInfluencer(delta.key());
            Key type = perType(delta.key());
            perInfluencer.merge(influencer, new Delta(influencer, delta.counted(), delta.filtered()), Delta::plus);
            perType.merge(type, new Delta(type, delta.counted(), delta.filtered()), Delta::plus);
        }
        MultiRowInsert.run(connection, PER_INFLUENCER, 7, List.copyOf(perInfluencer.values()),
                (statement, first, delta) -> {
                    Key key = delta.key();
                    statement.setLong(first, key.customerId());
                    statement.setDate(first + 1, Date.valueOf(key.day()));
                    statement.setLong(first + 2, campaign(key));
                    statement.setLong(first + 3, key.influencerId());
                    statement.setInt(first + 4, ThreadLocalRandom.current().nextInt(INFLUENCER_SHARDS));
                    statement.setLong(first + 5, delta.counted());
                    statement.setLong(first + 6, delta.filtered());
                }, ON_DUPLICATE);
        MultiRowInsert.run(connection, PER_TYPE, 8, List.copyOf(perType.values()), (statement, first, delta) -> {
            Key key = delta.key();
            statement.setLong(first, key.customerId());
            statement.setDate(first + 1, Date.valueOf(key.day()));
            statement.setLong(first + 2, campaign(key));
            statement.setLong(first + 3, key.productId());
            statement.setString(first + 4, key.eventType());
            statement.setInt(first + 5, ThreadLocalRandom.current().nextInt(TYPE_SHARDS));
            statement.setLong(first + 6, delta.counted());
            statement.setLong(first + 7, delta.filtered());
        }, ON_DUPLICATE);
    }

    /** The brand's figures in the query's days, one row per value of the dimension, the most counted first. */
    @Override
    public List<InfluencerReport.Row> figures(long customerId, InfluencerReportQuery query, Dimension dimension) {
        Grouping by = Grouping.of(dimension);
        List<Object> values = new ArrayList<>(List.of(customerId, Date.valueOf(query.from()),
                Date.valueOf(query.to())));
        String campaign = "";
        if (query.campaignId() != null) {
            campaign = " AND campaign_id = ?";
            values.add(query.campaignId());
        }
        String sql = "SELECT " + by.name + ", t.counted, t.filtered FROM (SELECT " + by.key + " AS k,"
                + " SUM(counted) AS counted, SUM(filtered) AS filtered FROM " + by.table
                + " WHERE customer_id = ? AND stats_day BETWEEN ? AND ?" + campaign + " GROUP BY " + by.key + ") t"
                + by.join + " ORDER BY " + (dimension == Dimension.DAY ? "1" : "2 DESC, 1");
        return JdbcQuery.list(dataSource, sql, row -> new InfluencerReport.Row(row.getString(1), row.getLong(2),
                row.getLong(3)), values.toArray());
    }

    private static long campaign(Key key) {
        return key.campaignId() == null ? NO_CAMPAIGN : key.campaignId();
    }

    private static Key perInfluencer(Key key) {
        return new Key(key.customerId(), key.day(), 0, key.influencerId(), campaign(key), "");
    }

    private static Key perType(Key key) {
        return new Key(key.customerId(), key.day(), key.productId(), 0, campaign(key), key.eventType());
    }
}
