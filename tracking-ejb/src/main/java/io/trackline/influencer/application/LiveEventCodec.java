package io.trackline.influencer.application;

import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.WidgetKey;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

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
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("customer", widget.customerCode())
                .add("product", widget.product())
                .add("influencer", widget.influencerId())
                .add("sequence", event.sequence())
                .add("event_type", event.eventType())
                .add("test", event.test());
        addIfPresent(json, "label", event.label());
        addIfPresent(json, "event_name", event.eventName());
        addIfPresent(json, "campaign", event.campaign());
        return json.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    static LiveWidgetEvent decode(byte[] value) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(value))) {
            json = reader.readObject();
        }
        WidgetKey widget = new WidgetKey(json.getString("customer"), json.getString("product"),
                json.getString("influencer"), null);
        return new LiveWidgetEvent(widget, json.getJsonNumber("sequence").longValueExact(),
                json.getString("event_type"), json.getString("label", null), json.getString("event_name", null),
                json.getString("campaign", null), json.getBoolean("test"));
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
