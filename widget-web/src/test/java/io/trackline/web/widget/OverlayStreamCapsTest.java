package io.trackline.web.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trackline.influencer.api.WidgetKey;
import io.trackline.platform.api.AtCapacityException;
import io.trackline.platform.api.ProblemException;
import io.trackline.platform.api.TooManyRequestsException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OverlayStreamCapsTest {

    private static final String ADDRESS = "203.0.113.10";

    private final OverlayStreamCaps caps = new OverlayStreamCaps();

    @BeforeEach
    void configure() {
        caps.perWidget = 2;
        caps.perAddress = 3;
        caps.total = 5;
        caps.retryAfterSeconds = 15;
    }

    @Test
    void aWidgetPastItsCapIsRefusedWith429WhateverTheCampaignFilter() {
        caps.take(widget("ann", null), ADDRESS);
        caps.take(widget("ann", "spring"), "203.0.113.11");

        ProblemException refused = assertThrows(TooManyRequestsException.class,
                () -> caps.take(widget("ann", "made-up"), "203.0.113.12"));

        assertEquals(429, refused.toProblem().status());
        assertEquals(15, refused.retryAfterSeconds().getAsLong());
        caps.take(widget("bob", null), "203.0.113.12");
    }

    @Test
    void anAddressPastItsCapIsRefusedWith429AndAnIpv6SubscriberCountsAsOne() {
        caps.total = 100;
        caps.take(widget("ann", null), ADDRESS);
        caps.take(widget("bob", null), ADDRESS);
        caps.take(widget("cid", null), ADDRESS);
        assertThrows(TooManyRequestsException.class, () -> caps.take(widget("dee", null), ADDRESS));

        caps.take(widget("dee", null), "2001:db8:1:2::1");
        caps.take(widget("eve", null), "2001:db8:1:2:ffff::2");
        caps.take(widget("fay", null), "2001:db8:1:2:0:0:0:3");
        assertThrows(TooManyRequestsException.class, () -> caps.take(widget("gus", null), "2001:db8:1:2::4"));
    }

    @Test
    void theNodePastItsCapRefusesWith503() {
        for (int i = 0; i < 5; i++) {
            caps.take(widget("influencer-" + i, null), "203.0.113." + i);
        }

        ProblemException refused = assertThrows(AtCapacityException.class,
                () -> caps.take(widget("another", null), "203.0.113.99"));

        assertEquals(503, refused.toProblem().status());
        assertEquals(15, refused.retryAfterSeconds().getAsLong());
    }

    @Test
    void aReleasedPlaceIsFreeAgainButOnlyOnce() {
        List<OverlayStreamCaps.Place> places = new ArrayList<>();
        places.add(caps.take(widget("ann", null), ADDRESS));
        places.add(caps.take(widget("ann", null), ADDRESS));
        assertThrows(TooManyRequestsException.class, () -> caps.take(widget("ann", null), ADDRESS));

        places.get(0).release();
        places.get(0).release();

        caps.take(widget("ann", null), ADDRESS);
        assertThrows(TooManyRequestsException.class, () -> caps.take(widget("ann", null), ADDRESS));
        assertEquals(2, caps.open());
    }

    private static WidgetKey widget(String influencer, String campaign) {
        return new WidgetKey("default", "product", influencer, campaign);
    }
}
