package io.trackline.influencer.application;

import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.LiveWidgetListener;
import io.trackline.influencer.api.WidgetKey;
import io.trackline.influencer.api.WidgetSubscriptions;
import io.trackline.platform.application.OrderedDispatcher;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who watches which widget: live events go to the listeners of their widget whose campaign filter lets
 * them through. A listener that fails does not keep the event from the others. It is what the live feed's
 * dispatcher hands events to.
 */
final class WidgetSubscribers implements OrderedDispatcher.Consumer<LiveWidgetEvent> {

    private static final Logger LOG = Logger.getLogger(WidgetSubscribers.class.getName());

    private record Subscriber(WidgetKey widget, LiveWidgetListener listener) {
    }

    private final Map<WidgetKey, Set<Subscriber>> byWidget = new ConcurrentHashMap<>();

    WidgetSubscriptions.Subscription add(WidgetKey widget, LiveWidgetListener listener) {
        Subscriber subscriber = new Subscriber(widget, listener);
        WidgetKey route = widget.unfiltered();
        byWidget.computeIfAbsent(route, key -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> byWidget.computeIfPresent(route, (key, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void deliver(LiveWidgetEvent event) {
        Set<Subscriber> watching = byWidget.get(event.widget().unfiltered());
        if (watching == null) {
            return;
        }
        for (Subscriber subscriber : watching) {
            if (subscriber.widget().shows(event.campaign())) {
                try {
                    subscriber.listener().onLive(event);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "An overlay could not take a live event", e);
                }
            }
        }
    }

    /** Tells every listener that it missed events. */
    @Override
    public void lost() {
        byWidget.values().forEach(set -> set.forEach(subscriber -> {
            try {
                subscriber.listener().onMissed();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "An overlay could not be told that it missed events", e);
            }
        }));
    }
}
