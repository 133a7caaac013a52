import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Trackline's load generator, run by bench/run.sh against a server on loopback (a single-file program:
 * {@code java bench/Bench.java http://127.0.0.1:9280 15}). Every scenario has a fixed duration or request
 * count and ends by itself. It shares the machine's cores with the server and the database.
 */
public class Bench {

    static final int CLIENTS = 64;
    static final int WIDGETS = 2_000;
    static final String ACCESS_KEY = "test-access-key";

    static HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;

    record Result(String name, long ok, long failed, double seconds, long[] latencies) {
        double perSecond() {
            return ok / seconds;
        }

        double percentileMillis(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(index, latencies.length - 1))] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://127.0.0.1:9280";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;

        load("warm-up", 5, i -> postback("warm_" + (i % 100)), 200);
        Result noop = load("no-op GET /api/ping", seconds, i -> get("/api/ping"), 204);
        Result spread = load("postback, 1,000 influencers", seconds, i -> postback("spread_" + (i % 1000)), 200);
        Result hot = load("postback, one influencer (hot key)", seconds, i -> postback("hot_key"), 200);
        Result delivery = delivery();

        System.out.println();
        System.out.printf("%-40s %9s %7s %10s %9s %9s%n", "scenario (64 clients)", "ok", "errors", "per s",
                "p50 ms", "p99 ms");
        for (Result r : List.of(noop, spread, hot, delivery)) {
            System.out.printf(Locale.ROOT, "%-40s %9d %7d %10.0f %9.2f %9.2f%n", r.name(), r.ok(), r.failed(),
                    r.perSecond(), r.percentileMillis(50), r.percentileMillis(99));
        }
        System.out.printf(Locale.ROOT, "%nratio committed postbacks / no-op: %.2f%n", spread.perSecond() / noop.perSecond());
        System.out.printf(Locale.ROOT, "hot key throughput vs spread: %+.0f%%%n",
                (hot.perSecond() / spread.perSecond() - 1) * 100);
    }

    static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    static HttpRequest postback(String influencer) {
        String body = "{\"influencer_id\":\"" + influencer + "\",\"product\":\"product\",\"event_type\":\"reg\","
                + "\"event_name\":\"registration\",\"campaign\":\"bench\",\"medium\":\"Influencer\","
                + "\"source\":\"twitch\",\"ip\":\"132.244.133.122\",\"country\":\"FR\","
                + "\"user_agent\":\"Mozilla/5.0 (X11; Linux x86_64) Bench\"}";
        return HttpRequest.newBuilder(URI.create(base + "/tracker/" + ACCESS_KEY)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** {@value #CLIENTS} clients, each sending its next request as soon as the last is answered. */
    static Result load(String name, int seconds, IntFunction<HttpRequest> requests, int expectedStatus)
            throws InterruptedException {
        AtomicLong counter = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            long[][] holder = {new long[1024]};
            int[] size = {0};
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    HttpRequest request = requests.apply((int) counter.getAndIncrement());
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != expectedStatus) {
                            failed.incrementAndGet();
                            continue;
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        continue;
                    }
                    if (size[0] == holder[0].length) {
                        holder[0] = Arrays.copyOf(holder[0], size[0] * 2);
                    }
                    holder[0][size[0]++] = System.nanoTime() - sent;
                }
                synchronized (perClient) {
                    perClient.add(Arrays.copyOf(holder[0], size[0]));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: %d ok, %d errors in %.1f s%n", name, all.length, failed.get(), elapsed);
        return new Result(name, all.length, failed.get(), elapsed, all);
    }

    /**
     * {@value #WIDGETS} overlays connected at once, each to its own influencer; then one postback per
     * widget, from {@value #CLIENTS} clients: the time from sending a postback to its event reaching the
     * widget's stream.
     */
    static Result delivery() throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        long[] sentAt = new long[WIDGETS];
        long[] latency = new long[WIDGETS];
        Arrays.fill(latency, -1);
        CountDownLatch connected = new CountDownLatch(WIDGETS);
        CountDownLatch delivered = new CountDownLatch(WIDGETS);
        List<CompletableFuture<HttpResponse<Void>>> streams = new ArrayList<>();
        for (int w = 0; w < WIDGETS; w++) {
            int widget = w;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/widgets/default/product/sse_" + run
                    + "_" + widget + "/events")).header("Accept", "text/event-stream").GET().build();
            streams.add(client.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    if (line.startsWith("event: snapshot") || line.startsWith("event:snapshot")) {
                        connected.countDown();
                    } else if (line.startsWith("event: postback") || line.startsWith("event:postback")) {
                        if (latency[widget] < 0) {
                            latency[widget] = System.nanoTime() - sentAt[widget];
                            delivered.countDown();
                        }
                    }
                }

                @Override
                public void onError(Throwable throwable) {
                }

                @Override
                public void onComplete() {
                }
            })));
        }
        if (!connected.await(120, TimeUnit.SECONDS)) {
            System.out.println("only " + (WIDGETS - connected.getCount()) + " widgets connected");
        }
        AtomicLong next = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        List<Thread> senders = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread sender = new Thread(() -> {
                for (int w = (int) next.getAndIncrement(); w < WIDGETS; w = (int) next.getAndIncrement()) {
                    sentAt[w] = System.nanoTime();
                    try {
                        if (client.send(postback("sse_" + run + "_" + w), HttpResponse.BodyHandlers.discarding())
                                .statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            senders.add(sender);
            sender.start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        delivered.await(30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        streams.forEach(stream -> stream.cancel(true));
        long[] measured = Arrays.stream(latency).filter(l -> l >= 0).sorted().toArray();
        long missing = WIDGETS - measured.length;
        System.out.printf(Locale.ROOT, "delivery: %d of %d events reached their widget (%d postbacks failed)%n",
                measured.length, WIDGETS, failed.get());
        return new Result("postback-to-overlay, 2,000 widgets", measured.length, missing, elapsed, measured);
    }
}
