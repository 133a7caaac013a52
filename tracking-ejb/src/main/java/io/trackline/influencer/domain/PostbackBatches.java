package io.trackline.influencer.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The writes of a batch of postbacks, each statement sent once for the whole batch, on the connection of the
 * caller's transaction: the anti-cheat visits, the postbacks, and the widget totals.
 */
public interface PostbackBatches {

    /** One total to add to: a widget (product, influencer, campaign) and event type. */
    record TotalKey(long productId, long influencerId, Long campaignId, String eventType) {
    }

    /** Records the visits of the postbacks anti-cheat applies to; {@code true} where it was the first today. */
    boolean[] recordVisits(Connection connection, List<PendingPostback> batch) throws SQLException;

    /** Inserts the postbacks; returns their ids, in order. */
    long[] insertPostbacks(Connection connection, List<PendingPostback> batch, String[] notCountedReasons)
            throws SQLException;

    /** Adds to each total, on a shard picked at random so that concurrent batches rarely wait on one row. */
    void addToTotals(Connection connection, Map<TotalKey, Long> increments) throws SQLException;
}
