package io.trackline.influencer.application;

import io.trackline.influencer.domain.ReferenceRows;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Creates the influencers, campaigns and event types a postback names first, each in a transaction of its
 * own, so that a failed postback leaves no dangling cache entry behind; looks existing ones up in the
 * caller's transaction, if there is one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReferenceCreation {

    @Inject
    private ReferenceRows rows;

    public long influencerId(long customerId, String code) {
        return rows.influencerId(customerId, code);
    }

    public long campaignId(long customerId, String name) {
        return rows.campaignId(customerId, name);
    }

    public void eventType(long productId, String code, String displayName) {
        rows.eventType(productId, code, displayName);
    }

    /** The id of an existing influencer, without creating one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Long> existingInfluencerId(long customerId, String code) {
        return rows.existingInfluencerId(customerId, code);
    }

    /** The id of an existing campaign, without creating one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Long> existingCampaignId(long customerId, String name) {
        return rows.existingCampaignId(customerId, name);
    }
}
