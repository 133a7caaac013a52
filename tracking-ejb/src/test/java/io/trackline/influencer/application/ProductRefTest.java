package io.trackline.influencer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.trackline.influencer.api.WidgetSettings;
import io.trackline.influencer.domain.ProductRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductRefTest {

    @Test
    void aLabelComesFromTheSettingsThenTheEventTypeThenTheCode() {
        WidgetSettings settings = new WidgetSettings(List.of(new WidgetSettings.EventTypeLabel("reg", "Sign-ups")),
                null, null, null, null);
        ProductRef product = new ProductRef(1, 1, "product", false, settings,
                Map.of("reg", "registration", "ftd", "first deposit"));

        assertEquals("Sign-ups", product.label("reg"));
        assertEquals("first deposit", product.label("ftd"));
        assertEquals("download", product.label("download"));
    }

    @Test
    void storedSettingsAreCompletedByTheDefaults() {
        WidgetSettings parsed = ProductCatalog.parseSettings("{\"goal\":{\"event_type\":null,\"target\":50,"
                + "\"label\":\"Goal\"},\"alert\":{\"template\":\"{label}\",\"duration_ms\":2500,\"sound\":\"none\"}}");

        assertEquals(50, parsed.goal().target());
        assertNull(parsed.goal().eventType());
        assertEquals(2500, parsed.alert().durationMs());
        assertEquals(WidgetSettings.defaults().colors(), parsed.colors());
        assertEquals(List.of(), parsed.eventTypes());
    }

    @Test
    void settingsSurviveTheirJsonRoundTrip() {
        WidgetSettings settings = new WidgetSettings(List.of(new WidgetSettings.EventTypeLabel("reg", "registration")),
                new WidgetSettings.Goal("reg", 100, "Road to 100"), new WidgetSettings.Alert("{label}!", 4000, "chime"),
                new WidgetSettings.Colors("#fff", "#9146ff", "transparent"), ".x{}");

        assertEquals(settings, ProductCatalog.parseSettings(ProductCatalog.settingsJson(settings)));
    }
}
