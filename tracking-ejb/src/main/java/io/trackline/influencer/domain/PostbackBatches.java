package io.trackline.influencer.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The writes of a batch of postbacks, each statement sent once for the whole batch, on the connection of the
 * caller's transaction: the anti-cheat visits, the widgets' numbers, the postbacks, and the widget totals.
 */
public interface PostbackBatches {

    /** One total to add to: a widget (product, influencer, campaign) and event type. */
    record TotalKey(long productId, long influencerId, Long campaignId, String eventType) {
    }

    /** A widget, whose counted postbacks are numbered in order; ordered by key, the order its row is locked in. */
    record WidgetRef(long productId, long influencerId) implements Comparable<WidgetRef> {
        @Override
        public int compareTo(WidgetRef other) {
            int byProduct = Long.compare(productId, other.productId);
            return byProduct != 0 ? byProduct : Long.compare(influencerId, other.influencerId);
        }
    }

    /** Records the visits of the postbacks anti-cheat applies to; {@code true} where it was the first today. */
    boolean[] recordVisits(Connection connection, List<PendingPostback> batch) throws SQLException;

    /**
     * Takes the next {@code count} numbers of each widget, in key order, and holds the widgets' rows until the
     * transaction ends: the numbers of concurrent batches follow their commits. Returns each widget's last
     * number taken (its new last number).
     */
    Map<WidgetRef, Long> takeSequences(Connection connection, SortedMap<WidgetRef, Integer> counts)
            throws SQLException;

    /** Inserts the postbacks, each counted one with its number among its widget's ({@code 0}: not counted). */
    void insertPostbacks(Connection connection, List<PendingPostback> batch, String[] notCountedReasons,
                         long[] sequences) throws SQLException;

    /** Adds to each total, on a shard picked at random so that concurrent batches rarely wait on one row. */
    void addToTotals(Connection connection, Map<TotalKey, Long> increments) throws SQLException;
}
