package io.trackline.mmp.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The writes of a batch of S2S events, on the connection of the caller's transaction. */
public interface EventBatches {

    /** An app's user as the partner names it. */
    record UserKey(long appId, String userId) {
    }

    /**
     * Inserts the new users with their attributions (in the same order), unless a concurrent request did;
     * answers every new user as stored.
     */
    Map<UserKey, KnownUser> storeNewUsers(Connection connection, List<PendingEvent> fresh,
                                          List<UserAttribution> attributions) throws SQLException;

    /** Marks each non-repeatable event done by its user; {@code true} where it was done before (a duplicate). */
    boolean[] markDoneOnce(Connection connection, List<PendingEvent> events, long[] userIds)
            throws SQLException;

    void insertEvents(Connection connection, List<PendingEvent> events, long[] userIds, boolean[] duplicate)
            throws SQLException;

    /** Records the day of each session for its user; a second session on a day changes nothing. */
    void recordSessionDays(Connection connection, List<PendingEvent> sessions, long[] userIds)
            throws SQLException;
}
