package io.trackline.web.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.influencer.api.LiveWidgetEvent;
import io.trackline.influencer.api.WidgetKey;
import io.trackline.influencer.api.WidgetSnapshot;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** The ordering rules of one overlay stream, with an in-memory sink standing in for the connection. */
class OverlayConnectionTest {

    private static final WidgetKey WIDGET = new WidgetKey("default", "product", "influ_test", null);

    private final RecordingSink sink = new RecordingSink();
    private int placesGivenBack;
    private final List<OverlayConnection> fillsAsked = new ArrayList<>();
    private final OverlayConnection connection = connection(WIDGET);

    private OverlayConnection connection(WidgetKey widget) {
        return new OverlayConnection(widget, fillsAsked::add, sink, new FakeSse(), JsonbBuilder.create(),
                () -> placesGivenBack++);
    }

    @Test
    void liveEventsDuringTheSnapshotAreHeldBackAndOnlyNewerOnesSent() {
        connection.onLive(counted(41));
        connection.onLive(counted(43));
        connection.startWithSnapshot(new WidgetSnapshot(42, Map.of("reg", 42L), 42));

        assertEquals(List.of("snapshot:42", "postback:43"), sink.names());
    }

    @Test
    void aReplayResumesAfterTheLastEventItSent() {
        connection.onLive(counted(12));
        connection.startWithReplay(List.of(counted(11), counted(12)), 10);
        connection.onLive(counted(12));
        connection.onLive(counted(13));

        assertEquals(List.of("postback:11", "postback:12", "postback:13"), sink.names());
    }

    @Test
    void testAlertsAlwaysGoThroughAndCarryNoId() {
        connection.startWithSnapshot(new WidgetSnapshot(5, Map.of(), 0));
        connection.onLive(new LiveWidgetEvent(WIDGET, 0, "reg", "registration", null, null, true));

        assertEquals(2, sink.events.size());
        assertNull(sink.events.get(1).id);
        assertTrue(sink.events.get(1).data.contains("\"test\":true"), sink.events.get(1).data);
    }

    @Test
    void anEventIsWrittenOnlyOnceTheOneBeforeItIs() {
        CompletableFuture<Void> firstWritten = new CompletableFuture<>();
        sink.pending = firstWritten;
        connection.startWithReplay(List.of(counted(11), counted(12)), 10);
        connection.heartbeat();

        assertEquals(List.of("postback:11"), sink.names(), "one write in flight at a time");
        firstWritten.complete(null);
        assertEquals(List.of("postback:11", "postback:12", "heartbeat:null"), sink.names(), "then in order");
    }

    @Test
    void heartbeatsAreACommentAndANamedEvent() {
        connection.heartbeat();

        assertEquals("heartbeat", sink.events.get(0).comment);
        assertEquals("heartbeat", sink.events.get(0).name);
    }

    @Test
    void missedEventsEndTheStreamSoThatTheOverlayAsksForAReplayAndItsPlaceIsGivenBack() {
        connection.startWithSnapshot(new WidgetSnapshot(5, Map.of(), 0));

        connection.onMissed();
        connection.onLive(counted(6));

        assertTrue(sink.closed);
        assertTrue(connection.closed());
        assertTrue(placesGivenBack > 0, "its place given back (the place minds that it is given back once)");
        assertEquals(List.of("snapshot:5"), sink.names());
    }

    @Test
    void anEventThatComesEarlyWaitsForTheOnesBeforeIt() {
        connection.startWithSnapshot(new WidgetSnapshot(5, Map.of(), 0));
        connection.onLive(counted(8));
        connection.onLive(counted(7));

        assertEquals(List.of("snapshot:5"), sink.names(), "nothing out of order");
        assertEquals(1, fillsAsked.size(), "one fill asked for the gap, however many wait");
        connection.onLive(counted(6));

        assertEquals(List.of("snapshot:5", "postback:6", "postback:7", "postback:8"), sink.names());
        assertTrue(connection.gap().isEmpty(), "the gap closed: a fill due now reads nothing");
    }

    @Test
    void aGapThatStaysOpenIsFilledFromTheStoreAndNothingIsSentTwice() {
        connection.startWithSnapshot(new WidgetSnapshot(5, Map.of(), 0));
        connection.onLive(counted(9));

        assertEquals(5L, connection.gap().getAsLong(), "the store is read after the last number sent");
        connection.filled(List.of(counted(6), counted(7), counted(8), counted(9)));
        connection.onLive(counted(7));
        connection.onLive(counted(10));

        assertEquals(List.of("snapshot:5", "postback:6", "postback:7", "postback:8", "postback:9", "postback:10"),
                sink.names());
    }

    @Test
    void aFillThatLeavesANewerGapAsksForAnother() {
        connection.startWithSnapshot(new WidgetSnapshot(5, Map.of(), 0));
        connection.onLive(counted(7));
        connection.onLive(counted(10));

        connection.filled(List.of(counted(6), counted(7)));

        assertEquals(List.of("snapshot:5", "postback:6", "postback:7"), sink.names());
        assertEquals(2, fillsAsked.size());
        assertEquals(7L, connection.gap().getAsLong());
    }

    @Test
    void tooManyEarlyEventsEndTheStream() {
        connection.startWithSnapshot(new WidgetSnapshot(0, Map.of(), 0));
        for (long sequence = 2; sequence <= OverlayConnection.EARLY_LIMIT + 2; sequence++) {
            connection.onLive(counted(sequence));
        }

        assertTrue(sink.closed, "the overlay reconnects and replays from the store");
    }

    @Test
    void aCampaignFilterHidesOtherCampaignsButTheirNumbersCount() {
        OverlayConnection filtered = connection(new WidgetKey("default", "product", "influ_test", "spring"));
        filtered.startWithSnapshot(new WidgetSnapshot(5, Map.of(), 0));
        filtered.onLive(counted(6, "autumn"));
        filtered.onLive(counted(7, "spring"));

        assertEquals(List.of("snapshot:5", "postback:7"), sink.names());
        assertTrue(fillsAsked.isEmpty(), "no gap: number 6 was seen, only not shown");
    }

    @Test
    void anOverlayThatStopsReadingHasItsStreamEndedAtTheLimitOfUnwrittenEvents() {
        sink.stalled = true;
        connection.startWithSnapshot(new WidgetSnapshot(0, Map.of(), 0));
        for (long sequence = 1; sequence < OverlayConnection.UNWRITTEN_LIMIT; sequence++) {
            connection.onLive(counted(sequence));
        }
        assertFalse(sink.closed, "up to the limit, events wait for the overlay");

        connection.onLive(counted(OverlayConnection.UNWRITTEN_LIMIT));

        assertTrue(sink.closed, "past it, the stream ends: the overlay reconnects for a replay");
        assertTrue(placesGivenBack > 0);
    }

    private static LiveWidgetEvent counted(long sequence) {
        return counted(sequence, null);
    }

    private static LiveWidgetEvent counted(long sequence, String campaign) {
        return new LiveWidgetEvent(WIDGET, sequence, "reg", "registration", "registration", campaign, false);
    }

    /** What a builder was told, standing in for the runtime's event. */
    private static final class Event implements OutboundSseEvent {
        String name;
        String id;
        String comment;
        String data;

        @Override public String getId() { return id; }
        @Override public String getName() { return name; }
        @Override public String getComment() { return comment; }
        @Override public long getReconnectDelay() { return -1; }
        @Override public boolean isReconnectDelaySet() { return false; }
        @Override public Class<?> getType() { return String.class; }
        @Override public Type getGenericType() { return String.class; }
        @Override public MediaType getMediaType() { return MediaType.APPLICATION_JSON_TYPE; }
        @Override public Object getData() { return data; }
    }

    private static final class Builder implements OutboundSseEvent.Builder {
        private final Event event = new Event();

        @Override public Builder id(String id) { event.id = id; return this; }
        @Override public Builder name(String name) { event.name = name; return this; }
        @Override public Builder reconnectDelay(long milliseconds) { return this; }
        @Override public Builder mediaType(MediaType mediaType) { return this; }
        @Override public Builder comment(String comment) { event.comment = comment; return this; }
        @Override public Builder data(Class type, Object data) { event.data = String.valueOf(data); return this; }
        @Override public Builder data(GenericType type, Object data) { event.data = String.valueOf(data); return this; }
        @Override public Builder data(Object data) { event.data = String.valueOf(data); return this; }
        @Override public OutboundSseEvent build() { return event; }
    }

    private static final class FakeSse implements Sse {
        @Override public OutboundSseEvent.Builder newEventBuilder() { return new Builder(); }
        @Override public SseBroadcaster newBroadcaster() { throw new UnsupportedOperationException(); }
    }

    private static final class RecordingSink implements SseEventSink {
        final List<Event> events = new ArrayList<>();
        boolean closed;
        /** What the next send answers (once): a write not done yet. */
        CompletableFuture<Void> pending;
        /** Every write stays unfinished: an overlay that stopped reading. */
        boolean stalled;

        List<String> names() {
            return events.stream().map(e -> e.name + ":" + e.id).toList();
        }

        @Override public boolean isClosed() { return closed; }
        @Override public CompletionStage<?> send(OutboundSseEvent event) {
            events.add((Event) event);
            CompletableFuture<Void> written = stalled ? new CompletableFuture<>()
                    : pending == null ? CompletableFuture.completedFuture(null) : pending;
            pending = null;
            return written;
        }
        @Override public void close() { closed = true; }
    }
}
