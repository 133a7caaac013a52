package io.trackline.influencer.api;

/**
 * A counted postback (or a test alert) on its way to the overlays of its widget. {@code sequence} numbers
 * the widget's counted postbacks 1, 2, 3… without gaps, in the order they committed, on every node; a test
 * alert has none ({@code 0}) and changes no count.
 */
public record LiveWidgetEvent(WidgetKey widget, long sequence, String eventType, String label, String eventName,
                              String campaign, boolean test) {
}
