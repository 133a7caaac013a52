package io.trackline.influencer.domain;

import java.util.List;
import java.util.Optional;

/**
 * Influencers, campaigns and event types, which come into being with the first postback that names them;
 * created with {@code INSERT IGNORE}, so that two nodes seeing the same newcomer at once both end up with
 * its id.
 */
public interface ReferenceRows {

    /** A KPI of a product: its code ({@code event_type}) and the name people read. */
    record EventTypeName(String code, String displayName) {
    }

    /** The influencer's id, created if it is new. */
    long influencerId(long customerId, String code);

    /** The campaign's id, created if it is new. */
    long campaignId(long customerId, String name);

    /** Declares the event type on the product unless it is declared. */
    void eventType(long productId, String code, String displayName);

    /** The product's event types, in the order they were declared. */
    List<EventTypeName> eventTypes(long productId);

    /** The id of an existing influencer, without creating one. */
    Optional<Long> existingInfluencerId(long customerId, String code);

    /** The id of an existing campaign, without creating one. */
    Optional<Long> existingCampaignId(long customerId, String name);
}
