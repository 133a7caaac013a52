package io.trackline.influencer.api;

import java.util.List;

/** What an overlay reads of its widget (settings, totals, the counted postbacks it missed), and test alerts. */
public interface Widgets {

    /** The product's overlay settings; without counters of its own, it shows every declared event type. */
    WidgetSettings settings(WidgetKey widget);

    /** The widget's totals now, and the number of the last counted postback they include. */
    WidgetSnapshot snapshot(WidgetKey widget);

    /**
     * The widget's counted postbacks numbered after {@code sequence}, in their order, at most {@code limit}:
     * all of them, whatever the overlay's campaign filter, which is the overlay's to apply (it needs every
     * number to know that it missed none).
     */
    List<LiveWidgetEvent> countedAfter(WidgetKey widget, long sequence, int limit);

    /** Pops an alert on the widget's overlays without storing or counting anything. */
    void testAlert(CustomerRef customer, String productCode, String influencerId, String eventType,
                   String campaign);
}
