package io.trackline.influencer.application;

import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.WidgetKey;
import io.trackline.platform.application.JsonMessages;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** A live widget event as the cluster bus carries it: a small JSON object; the key is its widget's route. */
final class LiveEventCodec {

    private LiveEventCodec() {
    }

    /** The message key: events of one widget share a partition, and so keep their order. */
    static String key(LiveWidgetEvent event) {
        WidgetKey widget = event.widget();
        return widget.customerCode() + "/" + widget.product() + "/" + widget.influencerId();
    }

    static byte[] encode(LiveWidgetEvent event) {
        WidgetKey widget = event.widget().unfiltered();
        JsonObjectBuilder json = JsonMessages.object()
                .add("customer", widget.customerCode())
                .add("product", widget.product())
                .add("influencer", widget.influencerId())
                .add("sequence", event.sequence())
                .add("event_type", event.eventType())
                .add("test", event.test());
        JsonMessages.addIfPresent(json, "label", event.label());
        JsonMessages.addIfPresent(json, "event_name", event.eventName());
        JsonMessages.addIfPresent(json, "campaign", event.campaign());
        return JsonMessages.bytes(json);
    }

    static LiveWidgetEvent decode(byte[] value) {
        JsonObject json = JsonMessages.read(value);
        WidgetKey widget = new WidgetKey(json.getString("customer"), json.getString("product"),
                json.getString("influencer"), null);
        return new LiveWidgetEvent(widget, json.getJsonNumber("sequence").longValueExact(),
                json.getString("event_type"), json.getString("label", null), json.getString("event_name", null),
                json.getString("campaign", null), json.getBoolean("test"));
    }
}
