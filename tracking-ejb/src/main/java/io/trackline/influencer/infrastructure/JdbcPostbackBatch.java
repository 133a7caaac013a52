package io.trackline.influencer.infrastructure;

import io.trackline.influencer.domain.PendingPostback;
import io.trackline.influencer.domain.PostbackBatches;
import io.trackline.platform.infrastructure.JdbcUpdate;
import io.trackline.platform.infrastructure.MultiRowInsert;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * The writes of a batch of postbacks, each statement sent once for the whole batch, on the connection of
 * the caller's transaction: the anti-cheat visits, the widgets' numbers, the postbacks (in rows-at-once
 * inserts), and the totals (one upsert per widget and event type, however many postbacks it got).
 */
@ApplicationScoped
public class JdbcPostbackBatch implements PostbackBatches {

    /** Counted postbacks per widget total spread over this many rows (see the migration). */
    static final int SHARDS = 16;
    private static final long NO_CAMPAIGN = 0L;

    /** A total's increment, on the shard it goes to. */
    private record ShardedIncrement(TotalKey key, int shard, long increment) {
    }

    /** The primary key's order: product, influencer, campaign, event type, shard. */
    private static final Comparator<ShardedIncrement> TOTALS_ORDER = Comparator
            .comparingLong((ShardedIncrement row) -> row.key().productId())
            .thenComparingLong(row -> row.key().influencerId()).thenComparingLong(row -> campaign(row.key()))
            .thenComparing(row -> row.key().eventType()).thenComparingInt(ShardedIncrement::shard);

    /** Records the visits of the postbacks anti-cheat applies to; {@code true} where it was the first today. */
    @Override
    public boolean[] recordVisits(Connection connection, List<PendingPostback> batch) throws SQLException {
        boolean[] first = new boolean[batch.size()];
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO anti_cheat_visit"
                + " (visit_day, product_id, influencer_id, event_type, visitor_hash) VALUES (?, ?, ?, ?, ?)")) {
            for (PendingPostback postback : batch) {
                insert.setDate(1, Date.valueOf(postback.day()));
                insert.setLong(2, postback.target().product().id());
                insert.setLong(3, postback.target().influencerId());
                insert.setString(4, postback.command().eventType());
                insert.setString(5, postback.visitorHash());
                insert.addBatch();
            }
            int[] inserted = JdbcUpdate.rowCounts(insert);
            for (int i = 0; i < inserted.length; i++) {
                first[i] = inserted[i] != 0;
            }
        }
        return first;
    }

    /** One upsert per widget, sent in key order (the order the rows are locked in), then one read of them all. */
    @Override
    public Map<WidgetRef, Long> takeSequences(Connection connection, SortedMap<WidgetRef, Integer> counts)
            throws SQLException {
        if (counts.isEmpty()) {
            return Map.of();
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO widget_sequence"
                + " (product_id, influencer_id, last_sequence) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE last_sequence = last_sequence + ?")) {
            for (Map.Entry<WidgetRef, Integer> count : counts.entrySet()) {
                upsert.setLong(1, count.getKey().productId());
                upsert.setLong(2, count.getKey().influencerId());
                upsert.setLong(3, count.getValue());
                upsert.setLong(4, count.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        String eachWidget = String.join(" OR ",
                Collections.nCopies(counts.size(), "(product_id = ? AND influencer_id = ?)"));
        Map<WidgetRef, Long> last = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT product_id, influencer_id,"
                + " last_sequence FROM widget_sequence WHERE " + eachWidget)) {
            int parameter = 1;
            for (WidgetRef widget : counts.keySet()) {
                select.setLong(parameter++, widget.productId());
                select.setLong(parameter++, widget.influencerId());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    last.put(new WidgetRef(rows.getLong(1), rows.getLong(2)), rows.getLong(3));
                }
            }
        }
        return last;
    }

    /** In rows-at-once inserts ({@link MultiRowInsert}): one statement for up to 250 postbacks. */
    @Override
    public void insertPostbacks(Connection connection, List<PendingPostback> batch, String[] notCountedReasons,
                                long[] sequences) throws SQLException {
        List<Integer> rows = IntStream.range(0, batch.size()).boxed().toList();
        MultiRowInsert.run(connection, "INSERT INTO postback (public_id, customer_id, product_id, influencer_id,"
                + " campaign_id, event_type, event_name, medium, source, country, user_agent, counted,"
                + " not_counted_reason, idempotency_key, request_hash, received_at, widget_sequence)", 17, rows,
                (insert, first, i) -> bind(insert, first, batch.get(i), notCountedReasons[i], sequences[i]));
    }

    /**
     * Adds to each total, on a shard picked at random so that concurrent batches rarely wait on one row, in
     * key order (the order the rows are locked in), so that two batches never wait for each other's rows.
     */
    @Override
    public void addToTotals(Connection connection, Map<TotalKey, Long> increments) throws SQLException {
        if (increments.isEmpty()) {
            return;
        }
        List<ShardedIncrement> rows = increments.entrySet().stream()
                .map(increment -> new ShardedIncrement(increment.getKey(),
                        ThreadLocalRandom.current().nextInt(SHARDS), increment.getValue()))
                .sorted(TOTALS_ORDER).toList();
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO widget_total"
                + " (product_id, influencer_id, campaign_id, event_type, shard, total) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE total = total + ?")) {
            for (ShardedIncrement row : rows) {
                upsert.setLong(1, row.key().productId());
                upsert.setLong(2, row.key().influencerId());
                upsert.setLong(3, campaign(row.key()));
                upsert.setString(4, row.key().eventType());
                upsert.setInt(5, row.shard());
                upsert.setLong(6, row.increment());
                upsert.setLong(7, row.increment());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static long campaign(TotalKey key) {
        return key.campaignId() == null ? NO_CAMPAIGN : key.campaignId();
    }

    /** One postback's 17 values, from {@code first} on; a number only for a counted one. */
    private static void bind(PreparedStatement insert, int first, PendingPostback postback, String notCountedReason,
                             long sequence) throws SQLException {
        var command = postback.command();
        insert.setString(first, postback.publicId());
        insert.setLong(first + 1, command.customer().id());
        insert.setLong(first + 2, postback.target().product().id());
        insert.setLong(first + 3, postback.target().influencerId());
        setLong(insert, first + 4, postback.target().campaignId());
        insert.setString(first + 5, command.eventType());
        insert.setString(first + 6, command.eventName());
        insert.setString(first + 7, command.medium());
        insert.setString(first + 8, command.source());
        insert.setString(first + 9, command.country());
        insert.setString(first + 10, command.userAgent());
        insert.setBoolean(first + 11, notCountedReason == null);
        insert.setString(first + 12, notCountedReason);
        insert.setString(first + 13, command.idempotencyKey());
        insert.setString(first + 14, command.requestHash());
        insert.setTimestamp(first + 15, Timestamp.from(postback.receivedAt()));
        setLong(insert, first + 16, sequence == 0 ? null : sequence);
    }

    private static void setLong(PreparedStatement insert, int index, Long value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.BIGINT);
        } else {
            insert.setLong(index, value);
        }
    }
}
