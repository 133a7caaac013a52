package io.trackline.influencer.domain;

import io.trackline.influencer.api.WidgetSettings;
import java.util.Map;

/** A product as the hot path needs it: id, anti-cheat switch, overlay settings and event type labels. */
public record ProductRef(long id, long customerId, String code, boolean antiCheat, WidgetSettings settings,
                  Map<String, String> eventTypeNames) {

    /** The label an overlay shows for an event type: the settings', else the event type's display name. */
    public String label(String eventType) {
        if (settings.eventTypes() != null) {
            for (WidgetSettings.EventTypeLabel label : settings.eventTypes()) {
                if (label.code().equals(eventType)) {
                    return label.label();
                }
            }
        }
        return eventTypeNames.getOrDefault(eventType, eventType);
    }
}
