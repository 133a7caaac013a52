package io.trackline.influencer.domain;

import java.util.List;
import java.util.Optional;

/** The stored postbacks as the request path and the overlays read them ({@link PostbackBatches} writes them). */
public interface Postbacks {

    /** What was answered to a postback: its public id and whether it counted. */
    record StoredPostback(String publicId, boolean counted, NotCountedReason notCountedReason, String requestHash) {
    }

    /** A counted postback as an overlay replays it. */
    record CountedPostback(long id, String eventType, String eventName, String campaign) {
    }

    /** The postback a customer sent under an idempotency key, if any; waits for the database briefly only. */
    Optional<StoredPostback> findByIdempotencyKey(long customerId, String key);

    /** The last counted postback of a widget, 0 when there is none. */
    long lastCountedId(long productId, long influencerId);

    /** Counted postbacks of a widget after {@code afterId}, oldest first, at most {@code limit}. */
    List<CountedPostback> countedAfter(long productId, long influencerId, long afterId, int limit);
}
