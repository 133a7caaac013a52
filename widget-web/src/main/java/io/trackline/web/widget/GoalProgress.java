package io.trackline.web.widget;

import io.trackline.influencer.api.WidgetSettings;
import io.trackline.influencer.api.WidgetSnapshot;

/** How far a widget is towards its goal, or {@code null} when its product sets none. */
public record GoalProgress(String label, String eventType, long current, long target) {

    static GoalProgress of(WidgetSettings.Goal goal, WidgetSnapshot snapshot) {
        if (goal == null) {
            return null;
        }
        long current = goal.eventType() == null ? snapshot.total()
                : snapshot.totals().getOrDefault(goal.eventType(), 0L);
        return new GoalProgress(goal.label(), goal.eventType(), current, goal.target());
    }
}
