package io.trackline.influencer.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WidgetKeyTest {

    private final WidgetKey all = new WidgetKey("default", "product", "influ_test", null);
    private final WidgetKey spring = new WidgetKey("default", "product", "influ_test", "spring");

    @Test
    void anUnfilteredWidgetShowsEveryCampaign() {
        assertTrue(all.shows(null));
        assertTrue(all.shows("spring"));
    }

    @Test
    void aCampaignWidgetShowsOnlyItsCampaign() {
        assertTrue(spring.shows("spring"));
        assertFalse(spring.shows("summer"));
        assertFalse(spring.shows(null));
    }

    @Test
    void liveEventsAreRoutedByTheUnfilteredWidget() {
        assertEquals(all, spring.unfiltered());
        assertEquals(all, all.unfiltered());
    }
}
