package io.trackline.influencer.application;

import io.trackline.influencer.api.WidgetSettings;
import io.trackline.platform.api.InvalidFieldException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What overlay settings may hold before they are stored: colours as CSS hex (or transparent), an alert
 * that shows for one to thirty seconds with a known sound, a goal of a positive count, bounded texts.
 */
final class WidgetSettingsRules {

    static final int MAX_TEXT = 200;
    static final int MAX_CSS = 10_000;
    static final int MIN_ALERT_MS = 1_000;
    static final int MAX_ALERT_MS = 30_000;
    static final long MAX_GOAL = 1_000_000_000L;
    static final Set<String> SOUNDS = Set.of("chime", "none");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?([0-9a-fA-F]{2})?|transparent");

    private WidgetSettingsRules() {
    }

    static void check(WidgetSettings settings) {
        if (settings.alert() == null || settings.colors() == null) {
            throw new InvalidFieldException("settings", "An overlay needs its alert and its colours.");
        }
        WidgetSettings.Alert alert = settings.alert();
        text("alert.template", alert.template(), true);
        if (alert.durationMs() < MIN_ALERT_MS || alert.durationMs() > MAX_ALERT_MS) {
            throw new InvalidFieldException("alert.duration_ms", "An alert shows for 1,000 to 30,000 ms.");
        }
        if (!SOUNDS.contains(alert.sound())) {
            throw new InvalidFieldException("alert.sound", "The sound is one of " + SOUNDS + ".");
        }
        color("colors.text", settings.colors().text());
        color("colors.accent", settings.colors().accent());
        color("colors.background", settings.colors().background());
        WidgetSettings.Goal goal = settings.goal();
        if (goal != null) {
            if (goal.target() < 1 || goal.target() > MAX_GOAL) {
                throw new InvalidFieldException("goal.target", "A goal is a count from 1 to 1,000,000,000.");
            }
            text("goal.label", goal.label(), false);
        }
        if (settings.eventTypes() != null) {
            settings.eventTypes().forEach(label -> text("event_types.label", label.label(), true));
        }
        if (settings.customCss() != null && settings.customCss().length() > MAX_CSS) {
            throw new InvalidFieldException("custom_css", "Custom CSS is at most 10,000 characters.");
        }
    }

    private static void text(String field, String value, boolean required) {
        if (required && (value == null || value.isBlank())) {
            throw new InvalidFieldException(field, "This text is required.");
        }
        if (value != null && value.length() > MAX_TEXT) {
            throw new InvalidFieldException(field, "At most " + MAX_TEXT + " characters.");
        }
    }

    private static void color(String field, String value) {
        if (value == null || !COLOR.matcher(value).matches()) {
            throw new InvalidFieldException(field, "A colour is #rgb, #rrggbb, #rrggbbaa or transparent.");
        }
    }
}
