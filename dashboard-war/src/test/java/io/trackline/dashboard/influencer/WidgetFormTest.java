package io.trackline.dashboard.influencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.trackline.influencer.api.WidgetSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The widget form: stored settings in, the same settings out; a counter for every declared event type. */
class WidgetFormTest {

    private static final WidgetSettings STORED = new WidgetSettings(
            List.of(new WidgetSettings.EventTypeLabel("reg", "Sign-ups")),
            new WidgetSettings.Goal("reg", 100, "Road to 100"), new WidgetSettings.Alert("{label}!", 4000, "chime"),
            new WidgetSettings.Colors("#ffffff", "#9146ff", "transparent"), "p { margin: 0 }");

    @Test
    void storedSettingsComeBackUnchanged() {
        WidgetForm form = WidgetForm.of(true, STORED, List.of("reg"));

        assertEquals(STORED, form.settings());
    }

    @Test
    void aDeclaredEventTypeWithoutALabelGetsItsCode() {
        WidgetForm form = WidgetForm.of(false, STORED, List.of("follow", "reg"));

        assertEquals(List.of("reg", "follow"), form.getLabels().stream().map(WidgetForm.Label::getCode).toList());
        assertEquals("follow", form.getLabels().get(1).getText());
    }

    @Test
    void aGoalSwitchedOffIsNoGoalAndTextsAreTrimmed() {
        WidgetForm form = WidgetForm.of(false, STORED, List.of("reg"));
        form.setGoal(false);
        form.setAccentColor(" #00ff00 ");
        form.getLabels().get(0).setText("  Registrations ");

        WidgetSettings settings = form.settings();

        assertNull(settings.goal());
        assertEquals("#00ff00", settings.colors().accent());
        assertEquals("Registrations", settings.eventTypes().get(0).label());
    }
}
