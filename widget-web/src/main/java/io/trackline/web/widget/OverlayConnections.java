package io.trackline.web.widget;

import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.WidgetKey;
import io.trackline.influencer.api.WidgetSubscriptions;
import io.trackline.influencer.api.Widgets;
import io.trackline.platform.api.Meters;
import io.trackline.web.JsonbConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every open overlay stream: opens one if {@link OverlayStreamCaps} has a place for it (snapshot, or replay
 * after {@code Last-Event-ID} when the gap is small), beats every {@code trackline.overlay.heartbeat-seconds}
 * (15 s by default) so proxies and OBS keep it open and so that a stream whose overlay has gone is found
 * out and gives its place back, and closes them all when the application stops.
 */
@ApplicationScoped
public class OverlayConnections {

    static final String HEARTBEAT_PROPERTY = "trackline.overlay.heartbeat-seconds";
    static final String HEARTBEAT_DEFAULT = "15";
    /** Beyond this many missed postbacks a reconnecting overlay gets a fresh snapshot instead. */
    static final int REPLAY_LIMIT = 500;

    private final Set<OverlayConnection> open = ConcurrentHashMap.newKeySet();

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private Widgets widgets;

    @Inject
    private WidgetSubscriptions feed;

    @Inject
    private OverlayStreamCaps caps;

    @Inject
    @ConfigProperty(name = HEARTBEAT_PROPERTY, defaultValue = HEARTBEAT_DEFAULT)
    long heartbeatSeconds;

    private ScheduledFuture<?> heartbeats;

    @Inject
    private Meters meters;

    @PostConstruct
    void startHeartbeats() {
        long interval = Math.max(1, heartbeatSeconds);
        heartbeats = scheduler.scheduleAtFixedRate(this::beat, interval, interval, TimeUnit.SECONDS);
    }

    /** As the application starts, so that the meter reads 0 before the first overlay connects. */
    void registerMeter(@Observes Startup startup) {
        meters.gauge("trackline_overlay_streams", "Overlay streams open on this node", open, Set::size);
    }

    @PreDestroy
    void stop() {
        heartbeats.cancel(false);
        open.forEach(OverlayConnection::closeForStop);
        open.clear();
    }

    /** Ends every open stream; overlays reconnect by themselves. Returns how many there were. */
    public int closeAll() {
        int closed = open.size();
        open.forEach(OverlayConnection::close);
        open.clear();
        return closed;
    }

    /**
     * Opens the stream of a widget for a client at {@code address}. A stream beyond the caps (429, 503) or
     * of an unknown widget (404) is refused before anything is sent; the caps are checked first, so a flood
     * of requests costs no look-up.
     */
    void open(WidgetKey widget, String address, Long lastEventId, SseEventSink sink, Sse sse) {
        OverlayStreamCaps.Place place = caps.take(widget, address);
        try {
            widgets.settings(widget);
        } catch (RuntimeException e) {
            place.release();
            throw e;
        }
        OverlayConnection connection = new OverlayConnection(widget, gapped -> fillLater(widget, gapped),
                sink, sse, JsonbConfiguration.jsonb(), place::release);
        connection.subscribedAs(feed.subscribe(widget, connection));
        open.add(connection);
        try {
            List<LiveWidgetEvent> missed = replayable(widget, lastEventId);
            if (missed != null) {
                connection.startWithReplay(missed, lastEventId);
            } else {
                connection.startWithSnapshot(widgets.snapshot(widget));
            }
        } catch (RuntimeException e) {
            open.remove(connection);
            connection.close();
            throw e;
        }
    }

    /**
     * In {@link OverlayConnection#GAP_WAIT}, unless the gap has closed by then, reads from the store what
     * came after the last number the stream sent, off the live feed's thread; a stream the store cannot
     * serve ends, and its overlay reconnects.
     */
    private void fillLater(WidgetKey widget, OverlayConnection connection) {
        scheduler.schedule(() -> connection.gap().ifPresent(after -> {
            try {
                connection.filled(widgets.countedAfter(widget, after, REPLAY_LIMIT));
            } catch (RuntimeException e) {
                connection.close();
            }
        }), OverlayConnection.GAP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * What an overlay that last saw {@code lastEventId} missed (all of it, whatever its filter), or
     * {@code null} when a snapshot serves it better: no id, too many missed, or a number this widget never
     * reached (another database, or an id from before numbers were kept per widget).
     */
    private List<LiveWidgetEvent> replayable(WidgetKey widget, Long lastEventId) {
        if (lastEventId == null) {
            return null;
        }
        List<LiveWidgetEvent> missed = widgets.countedAfter(widget, lastEventId, REPLAY_LIMIT + 1);
        boolean reached = !missed.isEmpty() || lastEventId <= widgets.snapshot(widget).sequence();
        return missed.size() <= REPLAY_LIMIT && reached ? missed : null;
    }

    /** Beats every open stream, and lets go of the ones whose overlay has gone, feed subscription included. */
    private void beat() {
        open.removeIf(connection -> {
            if (connection.closed()) {
                connection.close();
                return true;
            }
            return false;
        });
        open.forEach(OverlayConnection::heartbeat);
    }
}
