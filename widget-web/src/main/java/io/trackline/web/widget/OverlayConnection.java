package io.trackline.web.widget;

import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.LiveWidgetListener;
import io.trackline.influencer.api.WidgetKey;
import io.trackline.influencer.api.WidgetSnapshot;
import io.trackline.influencer.api.WidgetSubscriptions;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One overlay's stream. Live events that arrive while its start (snapshot or replay) is being sent are
 * held back and then sent unless the start already covered them, so nothing is lost or counted twice.
 * After that, counted postbacks go out in the order of their numbers (1, 2, 3… per widget), each once: one
 * that comes early (its predecessors are still on their way, from another writer or node) waits, and when
 * a gap stays open for {@link #GAP_WAIT} the missing ones are read from the store ({@link GapFill}), where
 * they are already committed, since a number is taken only after the one before it committed. The campaign
 * filter is applied here, after the numbers are counted. Closing it, from either side, gives its place
 * back at once ({@link OverlayStreamCaps}).
 */
final class OverlayConnection implements LiveWidgetListener {

    static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);
    /** How long a gap in the numbers may stay open before the missing events are read from the store. */
    static final Duration GAP_WAIT = Duration.ofMillis(200);
    /** Beyond this many early events waiting for a gap to close, the stream ends and the overlay reconnects. */
    static final int EARLY_LIMIT = 1_000;
    /**
     * Beyond this many events waiting to be written (an overlay that reads too slowly, or not at all), the
     * stream ends and the overlay reconnects for a replay: a slow overlay holds this much memory at most, and
     * never delays the live feed or another overlay.
     */
    static final int UNWRITTEN_LIMIT = 256;

    /** Reads, a while later, what the store has after the connection's {@link #gap()}, and hands it to {@link #filled}. */
    interface GapFill {
        void later(OverlayConnection connection);
    }

    private final WidgetKey widget;
    private final GapFill gapFill;
    private final NavigableMap<Long, LiveWidgetEvent> early = new TreeMap<>();
    private boolean fillAsked;
    private final SseEventSink sink;
    private final Sse sse;
    private final Jsonb jsonb;
    private final Runnable whenClosed;
    private List<LiveWidgetEvent> heldBack = new ArrayList<>();
    private long lastSequence;
    private WidgetSubscriptions.Subscription subscription;
    private volatile boolean closed;
    /** The last write asked for; the next waits for it. */
    private CompletionStage<?> lastWrite = CompletableFuture.completedFuture(null);
    /** Events asked to be written and not written yet. */
    private final AtomicInteger unwritten = new AtomicInteger();

    /** @param whenClosed run when the connection is closed: perhaps more than once, from either side */
    OverlayConnection(WidgetKey widget, GapFill gapFill, SseEventSink sink, Sse sse, Jsonb jsonb,
                      Runnable whenClosed) {
        this.widget = widget;
        this.gapFill = gapFill;
        this.sink = sink;
        this.sse = sse;
        this.jsonb = jsonb;
        this.whenClosed = whenClosed;
    }

    void subscribedAs(WidgetSubscriptions.Subscription feedSubscription) {
        this.subscription = feedSubscription;
    }

    synchronized void startWithSnapshot(WidgetSnapshot snapshot) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("totals", snapshot.totals());
        data.put("total", snapshot.total());
        send(sse.newEventBuilder().name("snapshot").id(Long.toString(snapshot.sequence()))
                .reconnectDelay(RECONNECT_DELAY.toMillis())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(jsonb.toJson(data)).build());
        lastSequence = snapshot.sequence();
        startLive();
    }

    /** Starts with the widget's counted postbacks after {@code since}, all of them: the filter applies here. */
    synchronized void startWithReplay(List<LiveWidgetEvent> missed, long since) {
        lastSequence = since;
        missed.forEach(this::deliver);
        startLive();
    }

    /** Called on the live feed's dispatcher thread, with every event of the widget, in the order they came. */
    @Override
    public synchronized void onLive(LiveWidgetEvent event) {
        if (heldBack != null) {
            heldBack.add(event);
        } else {
            deliver(event);
        }
    }

    /** The last number sent before the gap, where a fill reads from; empty when the gap closed meanwhile. */
    synchronized OptionalLong gap() {
        if (early.isEmpty()) {
            fillAsked = false;
            return OptionalLong.empty();
        }
        return OptionalLong.of(lastSequence);
    }

    /**
     * What the store had after the gap, delivered as if live. A gap still open then is a newer one (its
     * early event came after the store was read), and gets a fill of its own.
     */
    synchronized void filled(List<LiveWidgetEvent> fromStore) {
        fillAsked = false;
        fromStore.forEach(this::deliver);
        if (!early.isEmpty() && !fillAsked) {
            fillAsked = true;
            gapFill.later(this);
        }
    }

    /** Live events were let go before reaching this stream: ending it makes the overlay ask for a replay. */
    @Override
    public void onMissed() {
        close();
    }

    /**
     * A comment for proxies, and a {@code heartbeat} event for the page: EventSource hides comments, and
     * the overlay reconnects when it hears nothing for a while.
     */
    synchronized void heartbeat() {
        send(sse.newEventBuilder().comment("heartbeat").name("heartbeat").data("{}").build());
    }

    /**
     * This node is stopping: a last {@code reconnect} event says so and sets the delay before the overlay
     * reconnects (to another node, or to this one once it is back), and the stream ends; the overlay then
     * catches up with {@code Last-Event-ID}.
     */
    synchronized void closeForStop() {
        send(sse.newEventBuilder().name("reconnect").reconnectDelay(RECONNECT_DELAY.toMillis())
                .comment("this node is stopping").data("{}").build());
        close();
    }

    boolean closed() {
        return closed || sink.isClosed();
    }

    void close() {
        closed = true;
        whenClosed.run();
        if (subscription != null) {
            subscription.close();
        }
        if (!sink.isClosed()) {
            try {
                sink.close();
            } catch (IOException e) {
                // the overlay is gone already: nothing left to release
            }
        }
    }

    private void startLive() {
        List<LiveWidgetEvent> pending = heldBack;
        heldBack = null;
        pending.forEach(this::deliver);
    }

    /** Sends the next numbers in order; keeps one that comes early, and asks for a fill of the gap. */
    private void deliver(LiveWidgetEvent event) {
        if (event.test()) {
            show(event);
            return;
        }
        if (event.sequence() <= lastSequence) {
            return;
        }
        if (event.sequence() > lastSequence + 1) {
            early.put(event.sequence(), event);
            if (early.size() > EARLY_LIMIT) {
                close();
            } else if (!fillAsked) {
                fillAsked = true;
                gapFill.later(this);
            }
            return;
        }
        next(event);
        while (!early.isEmpty() && early.firstKey() <= lastSequence + 1) {
            LiveWidgetEvent waiting = early.pollFirstEntry().getValue();
            if (waiting.sequence() == lastSequence + 1) {
                next(waiting);
            }
        }
    }

    private void next(LiveWidgetEvent event) {
        lastSequence = event.sequence();
        show(event);
    }

    private void show(LiveWidgetEvent event) {
        if (widget.shows(event.campaign())) {
            send(postback(event));
        }
    }

    private OutboundSseEvent postback(LiveWidgetEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("event_type", event.eventType());
        data.put("label", event.label());
        data.put("event_name", event.eventName());
        data.put("influencer_id", event.widget().influencerId());
        data.put("campaign", event.campaign());
        data.put("test", event.test());
        OutboundSseEvent.Builder builder = sse.newEventBuilder().name("postback")
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(jsonb.toJson(data));
        if (!event.test()) {
            builder.id(Long.toString(event.sequence()));
        }
        return builder.build();
    }

    /**
     * Sends the event once the one before it is written: one write at a time per stream, in order. Two
     * writes in flight at once (a heartbeat racing a replay's first events, say) can meet the servlet
     * container mid-switch to non-blocking output, which refuses the second (SRVE0918E) and loses it.
     */
    private void send(OutboundSseEvent event) {
        if (closed()) {
            close();
            return;
        }
        if (unwritten.incrementAndGet() > UNWRITTEN_LIMIT) {
            close();
            return;
        }
        lastWrite = lastWrite.thenCompose(ignored -> write(event)).whenComplete((ignored, failure) -> {
            unwritten.decrementAndGet();
            if (failure != null) {
                close();
            }
        });
    }

    private CompletionStage<Object> write(OutboundSseEvent event) {
        return closed() ? CompletableFuture.completedFuture(null) : sink.send(event).thenApply(written -> written);
    }
}
