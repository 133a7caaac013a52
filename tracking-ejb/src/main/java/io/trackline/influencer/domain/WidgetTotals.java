package io.trackline.influencer.domain;

import java.util.Map;

/** The counted postbacks per widget, campaign and event type. */
public interface WidgetTotals {

    /** Totals per event type, of one campaign or ({@code campaignId} null) of all. */
    Map<String, Long> totals(long productId, long influencerId, Long campaignId);
}
