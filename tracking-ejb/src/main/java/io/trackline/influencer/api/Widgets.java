package io.trackline.influencer.api;

import java.util.List;

/** What an overlay reads of its widget (settings, totals, the counted postbacks it missed), and test alerts. */
public interface Widgets {

    /** The product's overlay settings; without counters of its own, it shows every declared event type. */
    WidgetSettings settings(WidgetKey widget);

    /** The widget's totals now, and the last counted postback they include. */
    WidgetSnapshot snapshot(WidgetKey widget);

    /**
     * The counted postbacks after {@code sequence} that this overlay shows, oldest first; at most
     * {@code limit} of them are looked at, so a caller that gets {@code limit} back may have missed more.
     */
    List<LiveWidgetEvent> countedAfter(WidgetKey widget, long sequence, int limit);

    /** Pops an alert on the widget's overlays without storing or counting anything. */
    void testAlert(CustomerRef customer, String productCode, String influencerId, String eventType,
                   String campaign);
}
