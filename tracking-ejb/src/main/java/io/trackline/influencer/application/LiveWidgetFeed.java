package io.trackline.influencer.application;

import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.WidgetKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes live widget events to the overlays watching them. Counted postbacks arrive as CDI events once
 * their transaction has committed, so an overlay never shows what was rolled back. It lives in this
 * module (not the web module) because a CDI event fired here reaches only observers this module can see.
 */
@ApplicationScoped
public class LiveWidgetFeed {

    private static final Logger LOG = Logger.getLogger(LiveWidgetFeed.class.getName());

    /** A registered overlay; close it when the overlay goes away. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private record Subscriber(WidgetKey widget, Consumer<LiveWidgetEvent> listener) {
    }

    private final Map<WidgetKey, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();

    public Subscription subscribe(WidgetKey widget, Consumer<LiveWidgetEvent> listener) {
        Subscriber subscriber = new Subscriber(widget, listener);
        WidgetKey route = widget.unfiltered();
        subscribers.computeIfAbsent(route, key -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> subscribers.computeIfPresent(route, (key, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveWidgetEvent event) {
        publish(event);
    }

    /** Delivers an event to every overlay of its widget whose campaign filter lets it through. */
    public void publish(LiveWidgetEvent event) {
        Set<Subscriber> watching = subscribers.get(event.widget().unfiltered());
        if (watching == null) {
            return;
        }
        for (Subscriber subscriber : watching) {
            if (subscriber.widget().shows(event.campaign())) {
                try {
                    subscriber.listener().accept(event);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "An overlay could not take a live event", e);
                }
            }
        }
    }
}
