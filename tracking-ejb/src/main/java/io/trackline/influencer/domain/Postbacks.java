package io.trackline.influencer.domain;

import java.util.List;
import java.util.Optional;

/** The stored postbacks as the request path and the overlays read them ({@link PostbackBatches} writes them). */
public interface Postbacks {

    /** What was answered to a postback: its public id and whether it counted. */
    record StoredPostback(String publicId, boolean counted, NotCountedReason notCountedReason, String requestHash) {
    }

    /** A counted postback as an overlay replays it: {@code sequence} is its number among its widget's. */
    record CountedPostback(long sequence, String eventType, String eventName, String campaign) {
    }

    /** The postback a customer sent under an idempotency key, if any; waits for the database briefly only. */
    Optional<StoredPostback> findByIdempotencyKey(long customerId, String key);

    /** The number of the widget's last counted postback, 0 when there is none. */
    long lastSequence(long productId, long influencerId);

    /** Counted postbacks of a widget numbered after {@code sequence}, in their order, at most {@code limit}. */
    List<CountedPostback> countedAfter(long productId, long influencerId, long sequence, int limit);
}
