package io.trackline.web.widget;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/** A widget's totals as JSON: per event type, overall, as of which postback, and the goal's progress. */
@JsonbPropertyOrder({"influencerId", "campaign", "totals", "total", "sequence", "goal"})
public record WidgetTotalsView(String influencerId, String campaign, Map<String, Long> totals, long total,
                               long sequence, GoalProgress goal) {
}
