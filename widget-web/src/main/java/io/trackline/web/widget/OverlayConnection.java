package io.trackline.web.widget;

import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.LiveWidgetListener;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One overlay's stream. Live events that arrive while its start (snapshot or replay) is being sent are
 * held back and then sent unless the start already covered them, so nothing is lost or counted twice;
 * after that, events go out in the order they come, each counted one once. Closing it, from either side,
 * gives its place back at once ({@link OverlayStreamCaps}).
 */
final class OverlayConnection implements LiveWidgetListener {

    static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

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

    /** @param whenClosed run when the connection is closed: perhaps more than once, from either side */
    OverlayConnection(SseEventSink sink, Sse sse, Jsonb jsonb, Runnable whenClosed) {
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
        startLive(snapshot.sequence());
    }

    synchronized void startWithReplay(List<LiveWidgetEvent> missed, long since) {
        long sequence = since;
        for (LiveWidgetEvent event : missed) {
            send(postback(event));
            sequence = event.sequence();
        }
        startLive(sequence);
    }

    /** Called on the live feed's dispatcher thread, in the order the postbacks were committed. */
    @Override
    public synchronized void onLive(LiveWidgetEvent event) {
        if (heldBack != null) {
            heldBack.add(event);
        } else {
            deliver(event);
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

    private void startLive(long sequence) {
        lastSequence = sequence;
        List<LiveWidgetEvent> pending = heldBack;
        heldBack = null;
        pending.forEach(this::deliver);
    }

    private void deliver(LiveWidgetEvent event) {
        if (event.test()) {
            send(postback(event));
        } else if (event.sequence() > lastSequence) {
            lastSequence = event.sequence();
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
        lastWrite = lastWrite.thenCompose(ignored -> write(event)).whenComplete((ignored, failure) -> {
            if (failure != null) {
                close();
            }
        });
    }

    private CompletionStage<Object> write(OutboundSseEvent event) {
        return closed() ? CompletableFuture.completedFuture(null) : sink.send(event).thenApply(written -> written);
    }
}
