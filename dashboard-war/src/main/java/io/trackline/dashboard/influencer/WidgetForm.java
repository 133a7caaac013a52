package io.trackline.dashboard.influencer;

import io.trackline.influencer.api.WidgetSettings;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A widget's settings as the form edits them: flat fields, a goal that is on or off, one label per event
 * type. Built from the stored settings and turned back into them; the service checks what comes back.
 */
public class WidgetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The overlay's label of one event type. */
    public static class Label implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private String text;

        Label(String code, String text) {
            this.code = code;
            this.text = text;
        }

        public String getCode() {
            return code;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    private boolean antiCheat;
    private String textColor;
    private String accentColor;
    private String backgroundColor;
    private String alertTemplate;
    private int alertDurationMs;
    private String alertSound;
    private boolean goal;
    private String goalEventType;
    private long goalTarget;
    private String goalLabel;
    private String customCss;
    private List<Label> labels = new ArrayList<>();

    /** The form of stored settings; every declared event type gets a label, its code if it had none. */
    static WidgetForm of(boolean antiCheat, WidgetSettings settings, List<String> eventTypes) {
        WidgetForm form = new WidgetForm();
        form.antiCheat = antiCheat;
        form.textColor = settings.colors().text();
        form.accentColor = settings.colors().accent();
        form.backgroundColor = settings.colors().background();
        form.alertTemplate = settings.alert().template();
        form.alertDurationMs = settings.alert().durationMs();
        form.alertSound = settings.alert().sound();
        form.goal = settings.goal() != null;
        form.goalEventType = form.goal ? settings.goal().eventType() : null;
        form.goalTarget = form.goal ? settings.goal().target() : 100;
        form.goalLabel = form.goal ? settings.goal().label() : "";
        form.customCss = settings.customCss();
        List<String> codes = new ArrayList<>();
        if (settings.eventTypes() != null) {
            settings.eventTypes().forEach(label -> {
                form.labels.add(new Label(label.code(), label.label()));
                codes.add(label.code());
            });
        }
        eventTypes.stream().filter(code -> !codes.contains(code))
                .forEach(code -> form.labels.add(new Label(code, code)));
        return form;
    }

    WidgetSettings settings() {
        List<WidgetSettings.EventTypeLabel> counters = labels.stream()
                .map(label -> new WidgetSettings.EventTypeLabel(label.code, label.text == null ? null
                        : label.text.strip()))
                .toList();
        WidgetSettings.Goal goalSettings = goal ? new WidgetSettings.Goal(blankToNull(goalEventType), goalTarget,
                goalLabel == null ? "" : goalLabel.strip()) : null;
        return new WidgetSettings(counters, goalSettings, new WidgetSettings.Alert(alertTemplate, alertDurationMs,
                alertSound), new WidgetSettings.Colors(strip(textColor), strip(accentColor), strip(backgroundColor)),
                customCss == null ? "" : customCss);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public boolean isAntiCheat() {
        return antiCheat;
    }

    public void setAntiCheat(boolean antiCheat) {
        this.antiCheat = antiCheat;
    }

    public String getTextColor() {
        return textColor;
    }

    public void setTextColor(String textColor) {
        this.textColor = textColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public void setAccentColor(String accentColor) {
        this.accentColor = accentColor;
    }

    public String getBackgroundColor() {
        return backgroundColor;
    }

    public void setBackgroundColor(String backgroundColor) {
        this.backgroundColor = backgroundColor;
    }

    public String getAlertTemplate() {
        return alertTemplate;
    }

    public void setAlertTemplate(String alertTemplate) {
        this.alertTemplate = alertTemplate;
    }

    public int getAlertDurationMs() {
        return alertDurationMs;
    }

    public void setAlertDurationMs(int alertDurationMs) {
        this.alertDurationMs = alertDurationMs;
    }

    public String getAlertSound() {
        return alertSound;
    }

    public void setAlertSound(String alertSound) {
        this.alertSound = alertSound;
    }

    public boolean isGoal() {
        return goal;
    }

    public void setGoal(boolean goal) {
        this.goal = goal;
    }

    public String getGoalEventType() {
        return goalEventType;
    }

    public void setGoalEventType(String goalEventType) {
        this.goalEventType = goalEventType;
    }

    public long getGoalTarget() {
        return goalTarget;
    }

    public void setGoalTarget(long goalTarget) {
        this.goalTarget = goalTarget;
    }

    public String getGoalLabel() {
        return goalLabel;
    }

    public void setGoalLabel(String goalLabel) {
        this.goalLabel = goalLabel;
    }

    public String getCustomCss() {
        return customCss;
    }

    public void setCustomCss(String customCss) {
        this.customCss = customCss;
    }

    public List<Label> getLabels() {
        return labels;
    }
}
