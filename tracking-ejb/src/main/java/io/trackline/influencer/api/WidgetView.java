package io.trackline.influencer.api;

import java.util.List;

/** A brand's widget (product) with its overlay settings and the event types its postbacks declared. */
public record WidgetView(long id, long brandId, String brandCode, String code, String name, boolean antiCheat,
                         WidgetSettings settings, List<String> eventTypes) {
}
