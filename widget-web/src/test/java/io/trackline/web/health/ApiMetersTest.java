package io.trackline.web.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApiMetersTest {

    @Test
    void anApiIsNamedAfterItsResource() {
        assertEquals("postback", ApiMeters.name("PostbackResource"));
        assertEquals("s2s-event", ApiMeters.name("S2SEventResource"));
        assertEquals("retailer-admin", ApiMeters.name("RetailerAdminResource"));
        assertEquals("widget-stream", ApiMeters.name("WidgetStreamResource"));
    }

    @Test
    void answersAreAcceptedRefusedOrFailed() {
        assertEquals("accepted", ApiMeters.outcome(200));
        assertEquals("accepted", ApiMeters.outcome(303));
        assertEquals("refused", ApiMeters.outcome(400));
        assertEquals("refused", ApiMeters.outcome(429));
        assertEquals("refused", ApiMeters.outcome(503));
        assertEquals("failed", ApiMeters.outcome(500));
        assertEquals("failed", ApiMeters.outcome(502));
    }
}
