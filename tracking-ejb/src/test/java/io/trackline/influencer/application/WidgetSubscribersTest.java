package io.trackline.influencer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.LiveWidgetListener;
import io.trackline.influencer.api.WidgetKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WidgetSubscribersTest {

    private static final WidgetKey WIDGET = new WidgetKey("default", "product", "influ_test", null);

    private final WidgetSubscribers subscribers = new WidgetSubscribers();

    @Test
    void aListenerThatFailsDoesNotKeepTheEventFromTheOthers() {
        Recording before = new Recording();
        Recording after = new Recording();
        subscribers.add(WIDGET, before);
        subscribers.add(WIDGET, new Failing());
        subscribers.add(WIDGET, after);

        subscribers.deliver(event(WIDGET, 1, null));
        subscribers.deliver(event(WIDGET, 2, null));

        assertEquals(List.of(1L, 2L), before.sequences);
        assertEquals(List.of(1L, 2L), after.sequences);
    }

    @Test
    void eventsGoToEveryListenerOfTheirWidgetWhateverItsFilterWhichTheListenerApplies() {
        Recording all = new Recording();
        Recording spring = new Recording();
        Recording other = new Recording();
        subscribers.add(WIDGET, all);
        subscribers.add(new WidgetKey("default", "product", "influ_test", "spring"), spring);
        subscribers.add(new WidgetKey("default", "product", "someone_else", null), other);

        subscribers.deliver(event(WIDGET, 1, "spring"));
        subscribers.deliver(event(WIDGET, 2, "autumn"));

        assertEquals(List.of(1L, 2L), all.sequences);
        assertEquals(List.of(1L, 2L), spring.sequences, "it must see number 2 to know it missed nothing");
        assertTrue(other.sequences.isEmpty());
    }

    @Test
    void everyListenerHearsOfMissedEventsAndAClosedSubscriptionHearsNothingMore() {
        Recording kept = new Recording();
        Recording gone = new Recording();
        subscribers.add(WIDGET, kept);
        subscribers.add(WIDGET, new Failing());
        subscribers.add(WIDGET, gone).close();

        subscribers.lost();
        subscribers.deliver(event(WIDGET, 1, null));

        assertEquals(1, kept.missed);
        assertEquals(0, gone.missed);
        assertTrue(gone.sequences.isEmpty());
    }

    static LiveWidgetEvent event(WidgetKey widget, long sequence, String campaign) {
        return new LiveWidgetEvent(widget, sequence, "reg", "registration", "registration", campaign, false);
    }

    static final class Recording implements LiveWidgetListener {
        final List<Long> sequences = new ArrayList<>();
        int missed;

        @Override
        public void onLive(LiveWidgetEvent event) {
            sequences.add(event.sequence());
        }

        @Override
        public void onMissed() {
            missed++;
        }
    }

    private static final class Failing implements LiveWidgetListener {
        @Override
        public void onLive(LiveWidgetEvent event) {
            throw new IllegalStateException("the overlay's connection is broken");
        }

        @Override
        public void onMissed() {
            throw new IllegalStateException("the overlay's connection is broken");
        }
    }
}
