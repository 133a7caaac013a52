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
 * Who watches which widget: live events go to every listener of their widget, whose campaign filter is the
 * listener's to apply (it must see every number to know it missed none). A listener that fails does not
 * keep the event from the others. It is what the live feed's dispatcher hands events to.
 */
final class WidgetSubscribers implements OrderedDispatcher.Consumer<LiveWidgetEvent> {

    private static final Logger LOG = Logger.getLogger(WidgetSubscribers.class.getName());

    private final Map<WidgetKey, Set<LiveWidgetListener>> byWidget = new ConcurrentHashMap<>();

    WidgetSubscriptions.Subscription add(WidgetKey widget, LiveWidgetListener listener) {
        WidgetKey route = widget.unfiltered();
        byWidget.computeIfAbsent(route, key -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> byWidget.computeIfPresent(route, (key, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void deliver(LiveWidgetEvent event) {
        Set<LiveWidgetListener> watching = byWidget.get(event.widget().unfiltered());
        if (watching == null) {
            return;
        }
        for (LiveWidgetListener listener : watching) {
            try {
                listener.onLive(event);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "An overlay could not take a live event", e);
            }
        }
    }

    /** Tells every listener that it missed events. */
    @Override
    public void lost() {
        byWidget.values().forEach(set -> set.forEach(listener -> {
            try {
                listener.onMissed();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "An overlay could not be told that it missed events", e);
            }
        }));
    }
}
