package io.trackline.influencer.application;

import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.LiveWidgetListener;
import io.trackline.influencer.api.WidgetKey;
import io.trackline.influencer.api.WidgetSubscriptions;
import io.trackline.platform.application.OrderedDispatcher;
import io.trackline.platform.domain.ClusterBus;
import io.trackline.platform.domain.ClusterTopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Routes live widget events to the overlays watching them, on every node. Counted postbacks arrive as CDI
 * events once their transaction has committed, so an overlay never shows what was rolled back; they go on
 * the cluster bus ({@link ClusterTopic#LIVE_EVENTS}, keyed by widget), which hands them to this node's
 * handler at once and to the other nodes' through Kafka. The handler only queues the event: a dispatcher
 * thread of its own ({@link OrderedDispatcher}) hands events to overlays in the order they came, so the
 * group-commit writer that committed them never waits for an overlay. Test alerts take the same way.
 * Events of one widget can come out of their order (two writers commit one after the other and publish the
 * other way round, or two nodes do): each overlay puts them back in order by their numbers
 * ({@link LiveWidgetEvent#sequence()}) and fetches from the store what does not come. At most {@code trackline.overlay.live-queue-capacity} events
 * wait; beyond that, the waiting ones are let go and every overlay is told it missed some (its stream
 * ends, and it reconnects with {@code Last-Event-ID} to get them from the store).
 *
 * <p>It lives in this module (not the web module) because a CDI event fired here reaches only observers
 * this module can see.
 */
@ApplicationScoped
public class LiveWidgetFeed implements WidgetSubscriptions {

    static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final WidgetSubscribers subscribers = new WidgetSubscribers();

    @Inject
    @ConfigProperty(name = "trackline.overlay.live-queue-capacity", defaultValue = "10000")
    int capacity;

    @Resource
    ManagedThreadFactory threads;

    private OrderedDispatcher<LiveWidgetEvent> dispatcher;

    @Inject
    ClusterBus bus;

    @PostConstruct
    void start() {
        dispatcher = new OrderedDispatcher<>("live-widget-events", threads, capacity, subscribers);
        dispatcher.start();
        bus.subscribe(ClusterTopic.LIVE_EVENTS, message -> dispatcher.submit(LiveEventCodec.decode(message.value())));
    }

    @PreDestroy
    void stop() {
        dispatcher.stop(STOP_WAIT);
    }

    @Override
    public Subscription subscribe(WidgetKey widget, LiveWidgetListener listener) {
        return subscribers.add(widget, listener);
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveWidgetEvent event) {
        publish(event);
    }

    /** Hands an event to every overlay of its widget, on every node, soon; each shows it if its filter lets it. */
    public void publish(LiveWidgetEvent event) {
        bus.publish(ClusterTopic.LIVE_EVENTS, LiveEventCodec.key(event), LiveEventCodec.encode(event));
    }
}
