package io.trackline.influencer.api;

import java.util.Objects;

/**
 * One overlay: a customer's product and influencer, and optionally a campaign that filters what it
 * shows ({@code null}: every campaign).
 */
public record WidgetKey(String customerCode, String product, String influencerId, String campaign) {

    public WidgetKey {
        Objects.requireNonNull(customerCode, "customerCode");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(influencerId, "influencerId");
    }

    /** Whether a postback for this product and influencer, in {@code postbackCampaign}, shows here. */
    public boolean shows(String postbackCampaign) {
        return campaign == null || campaign.equals(postbackCampaign);
    }

    /** The same overlay whatever its campaign filter: what live events are routed by. */
    public WidgetKey unfiltered() {
        return campaign == null ? this : new WidgetKey(customerCode, product, influencerId, null);
    }
}
