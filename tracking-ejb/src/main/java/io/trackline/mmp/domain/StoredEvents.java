package io.trackline.mmp.domain;

import io.trackline.mmp.api.EventReceipt;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The reads on the event path: stored users with their attribution, the event under an idempotency key. */
public interface StoredEvents {

    /** An event stored under an idempotency key: the hash of the request that stored it, and its receipt. */
    record StoredEvent(String requestHash, EventReceipt receipt) {
    }

    /** The stored users among {@code userIds}, by user id. */
    Map<String, KnownUser> users(Connection connection, long appId, Collection<String> userIds)
            throws SQLException;

    Optional<StoredEvent> eventUnderKey(long appId, String idempotencyKey);
}
