package io.trackline.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An overlay's stream (server-sent events) on one node, read on a thread of its own; heartbeats are left
 * out. Events are taken one by one ({@link #take}), and are also all kept in the order they came
 * ({@link #received}), with the moment the stream ended, for a test that watches a node die under it.
 */
final class Overlay implements AutoCloseable {

    record Event(String name, String id, String data, long received) {
        String eventName() {
            try (var reader = Json.createReader(new StringReader(data))) {
                JsonObject postback = reader.readObject();
                return postback.getString("event_name", null);
            }
        }
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Event> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile long endedAt;
    private final String description;
    private final HttpResponse<InputStream> response;

    private Overlay(String description, HttpResponse<InputStream> response) {
        this.description = description;
        this.response = response;
        Thread reader = new Thread(this::read, "overlay " + description);
        reader.setDaemon(true);
        reader.start();
    }

    static Overlay open(Node node, String path, String lastEventId) {
        HttpRequest.Builder request = node.request(path).timeout(Duration.ofMinutes(5))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        String description = "the overlay on " + node + (lastEventId == null ? "" : " from " + lastEventId);
        try {
            HttpResponse<InputStream> response = Node.CLIENT.send(request.GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                try (InputStream body = response.body()) {
                    throw new AssertionError(description + " answered " + response.statusCode() + ": "
                            + new String(body.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return new Overlay(description, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next {@code count} events, all within {@code within}, or a failure naming what came. */
    List<Event> take(int count, Duration within, String what) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        List<Event> taken = new ArrayList<>();
        while (taken.size() < count) {
            Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                throw new AssertionError(this + " had " + taken.size() + " of " + count + " events of " + what
                        + " within " + within.toMillis() + " ms; ids " + ids(taken));
            }
            taken.add(event);
        }
        return taken;
    }

    /** Nothing more comes within {@code during}. */
    void assertQuiet(Duration during, String what) throws InterruptedException {
        Event extra = events.poll(during.toMillis(), TimeUnit.MILLISECONDS);
        if (extra != null) {
            throw new AssertionError(this + " had an event too many " + what + ": " + extra);
        }
    }

    /** Every event so far, in the order it came, whether taken or not. */
    List<Event> received() {
        return List.copyOf(received);
    }

    /** When the stream ended ({@link System#nanoTime()}), waiting for that at most {@code within}. */
    long awaitEnd(Duration within) throws InterruptedException {
        if (!ended.await(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(this + " was still open " + within.toMillis() + " ms later");
        }
        return endedAt;
    }

    static String ids(List<Event> events) {
        return events.size() <= 20 ? events.stream().map(Event::id).toList().toString()
                : "1st " + events.get(0).id() + ", last " + events.get(events.size() - 1).id();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String name = "message";
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (!data.isEmpty() && !"heartbeat".equals(name)) {
                        Event event = new Event(name, id, data.toString(), System.nanoTime());
                        received.add(event);
                        events.add(event);
                    }
                    name = "message";
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                }
            }
        } catch (IOException e) {
            // closed by close(), or by the node: a test waiting for more fails on its deadline
        } finally {
            endedAt = System.nanoTime();
            ended.countDown();
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // closed already
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
