package io.trackline.web.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WidgetHostRoutingTest {

    private static final String HOST = "product-widget-default.streamtools.io";

    @Test
    void theSeedsWidgetUrlIsTheOverlayOfItsCampaign() {
        assertEquals(Optional.of("widget/default/product/influ_test/Jan2024_special_event"),
                WidgetHostRouting.overlayPath(HOST, "/influ_test/Jan2024_special_event"));
        assertEquals(Optional.of("widget/default/product/influ_test"),
                WidgetHostRouting.overlayPath(HOST + ":443", "/influ_test"));
    }

    @Test
    void productsWithDashesKeepThem() {
        assertEquals(Optional.of("widget/acme/product-protected/x"),
                WidgetHostRouting.overlayPath("product-protected-widget-acme.example.org", "/x"));
    }

    @Test
    void otherHostsAndTheOverlaysOwnRequestsAreLeftAlone() {
        assertTrue(WidgetHostRouting.overlayPath("localhost:9080", "/influ_test").isEmpty());
        assertTrue(WidgetHostRouting.overlayPath(null, "/influ_test").isEmpty());
        assertTrue(WidgetHostRouting.overlayPath(HOST, "/widget-assets/overlay.js").isEmpty());
        assertTrue(WidgetHostRouting.overlayPath(HOST, "/api/widgets/default/product/x/events").isEmpty());
        assertTrue(WidgetHostRouting.overlayPath(HOST, "/").isEmpty());
        assertTrue(WidgetHostRouting.overlayPath(HOST, "/a/b/c").isEmpty());
    }
}
