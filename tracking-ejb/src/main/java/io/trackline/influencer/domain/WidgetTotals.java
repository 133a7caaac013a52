package io.trackline.influencer.domain;

import java.util.Map;

/** The counted postbacks per widget, campaign and event type. */
public interface WidgetTotals {

    /** A widget's totals per event type, and the number of the last counted postback they include. */
    record Counts(long sequence, Map<String, Long> totals) {
    }

    /**
     * Totals per event type, of one campaign or ({@code campaignId} null) of all, read at one instant
     * together with the widget's last number, so that an overlay starting from them misses and repeats nothing.
     */
    Counts counts(long productId, long influencerId, Long campaignId);
}
