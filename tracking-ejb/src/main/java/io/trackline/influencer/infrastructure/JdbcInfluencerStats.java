package io.trackline.influencer.infrastructure;

import io.trackline.influencer.api.InfluencerReport;
import io.trackline.influencer.api.InfluencerReportQuery;
import io.trackline.platform.infrastructure.JdbcQuery;
import io.trackline.platform.infrastructure.MultiRowInsert;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The daily postback totals of brands: added to in the writer's transaction, each addition on one of
 * {@value #SHARDS} rows at random; read summed over shards, per day or per influencer, campaign or event
 * type, on the primary key's range of the brand and its days.
 */
@ApplicationScoped
public class JdbcInfluencerStats {

    static final int SHARDS = 4;
    private static final long NO_CAMPAIGN = 0L;
    private static final String UPSERT = "INSERT INTO influencer_daily_stats (customer_id, stats_day, product_id,"
            + " influencer_id, campaign_id, event_type, shard, counted, filtered)";
    private static final String ON_DUPLICATE = " ON DUPLICATE KEY UPDATE counted = counted + VALUES(counted),"
            + " filtered = filtered + VALUES(filtered)";

    /** One widget's event type on one day. */
    public record Key(long customerId, LocalDate day, long productId, long influencerId, Long campaignId,
                      String eventType) {
    }

    /** What to add to one key. */
    public record Delta(Key key, long counted, long filtered) {

        public Delta plus(Delta other) {
            return new Delta(key, counted + other.counted, filtered + other.filtered);
        }
    }

    /** How a report groups its figures: the column it groups by, and how that reads to a person. */
    public enum Dimension {
        DAY("s.stats_day", ""),
        INFLUENCER("i.code", " JOIN influencer i ON i.id = s.influencer_id"),
        CAMPAIGN("COALESCE(c.name, '')", " LEFT JOIN campaign c ON c.id = s.campaign_id"),
        EVENT_TYPE("s.event_type", "");

        private final String column;
        private final String join;

        Dimension(String column, String join) {
            this.column = column;
            this.join = join;
        }
    }

    @Resource(lookup = "jdbc/trackline")
    private DataSource dataSource;

    /** Adds the deltas in the caller's transaction, in key order so that concurrent writers lock alike. */
    public void add(Connection connection, Collection<Delta> deltas) throws SQLException {
        List<Delta> rows = new ArrayList<>(deltas);
        rows.sort(Comparator.comparing((Delta delta) -> delta.key().day())
                .thenComparingLong(delta -> delta.key().productId())
                .thenComparingLong(delta -> delta.key().influencerId())
                .thenComparing(delta -> delta.key().eventType()));
        MultiRowInsert.run(connection, UPSERT, 9, rows, (statement, first, delta) -> {
            Key key = delta.key();
            statement.setLong(first, key.customerId());
            statement.setDate(first + 1, Date.valueOf(key.day()));
            statement.setLong(first + 2, key.productId());
            statement.setLong(first + 3, key.influencerId());
            statement.setLong(first + 4, key.campaignId() == null ? NO_CAMPAIGN : key.campaignId());
            statement.setString(first + 5, key.eventType());
            statement.setInt(first + 6, ThreadLocalRandom.current().nextInt(SHARDS));
            statement.setLong(first + 7, delta.counted());
            statement.setLong(first + 8, delta.filtered());
        }, ON_DUPLICATE);
    }

    /** The brand's figures in the query's days, one row per value of the dimension, the most counted first. */
    public List<InfluencerReport.Row> figures(long customerId, InfluencerReportQuery query, Dimension by) {
        List<Object> values = new ArrayList<>(List.of(customerId, Date.valueOf(query.from()),
                Date.valueOf(query.to())));
        String campaign = "";
        if (query.campaignId() != null) {
            campaign = " AND s.campaign_id = ?";
            values.add(query.campaignId());
        }
        String sql = "SELECT " + by.column + ", SUM(s.counted), SUM(s.filtered) FROM influencer_daily_stats s"
                + by.join + " WHERE s.customer_id = ? AND s.stats_day BETWEEN ? AND ?" + campaign
                + " GROUP BY " + by.column + " ORDER BY " + (by == Dimension.DAY ? by.column : "2 DESC, 1");
        return JdbcQuery.list(dataSource, sql, row -> new InfluencerReport.Row(row.getString(1), row.getLong(2),
                row.getLong(3)), values.toArray());
    }
}
