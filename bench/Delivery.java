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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live-delivery scenario of bench/run.sh, a single-file program run against a server on loopback
 * ({@code java bench/Delivery.java http://127.0.0.1:9280 [overlay server]}): {@value #WIDGETS} overlay streams
 * open at once, one postback each, and the time from sending it to its event on the stream. The overlays
 * connect to the second server when one is given (another node: delivery across nodes). It ends by itself.
 */
public class Delivery {

    static final int SENDERS = 32;
    /** Postbacks per second while the widgets listen: delivery, not saturation, is measured. */
    static final int RATE = 200;
    static final int WIDGETS = 2_000;
    static final String ACCESS_KEY = "test-access-key";

    /** HTTP/1.1, one connection per client or stream, as partners and OBS connect. */
    static HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    /** Where the overlays connect: the server the postbacks go to, or another node of its cluster. */
    static String streamBase;

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
        streamBase = args.length > 1 ? args[1] : base;
        Result delivery = delivery();
        System.out.printf(Locale.ROOT, "%-44s %9d %7d %10.0f %9.2f %9.2f%n", delivery.name(), delivery.ok(),
                delivery.failed(), delivery.perSecond(), delivery.percentileMillis(50), delivery.percentileMillis(99));
    }

    static HttpRequest postback(String influencer) {
        String body = "{\"influencer_id\":\"" + influencer + "\",\"product\":\"product\",\"event_type\":\"reg\","
                + "\"event_name\":\"registration\",\"campaign\":\"bench\",\"medium\":\"Influencer\","
                + "\"source\":\"twitch\",\"ip\":\"132.244.133.122\",\"country\":\"FR\","
                + "\"user_agent\":\"Mozilla/5.0 (X11; Linux x86_64) Bench\"}";
        return HttpRequest.newBuilder(URI.create(base + "/tracker/" + ACCESS_KEY)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /**
     * {@value #WIDGETS} overlays connected at once, each to its own influencer; then one postback per
     * widget, {@value #RATE} a second: the time from sending a postback to its event reaching the widget's
     * stream.
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
            HttpRequest request = HttpRequest.newBuilder(URI.create(streamBase + "/api/widgets/default/product/sse_" + run
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
        AtomicLong failed = new AtomicLong();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        AtomicLong next = new AtomicLong();
        CountDownLatch sent = new CountDownLatch(WIDGETS);
        long start = System.nanoTime();
        pace.scheduleAtFixedRate(() -> {
            int w = (int) next.getAndIncrement();
            if (w >= WIDGETS) {
                return;
            }
            senders.execute(() -> {
                sentAt[w] = System.nanoTime();
                try {
                    if (client.send(postback("sse_" + run + "_" + w), HttpResponse.BodyHandlers.discarding())
                            .statusCode() != 200) {
                        failed.incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                } finally {
                    sent.countDown();
                }
            });
        }, 0, TimeUnit.SECONDS.toMicros(1) / RATE, TimeUnit.MICROSECONDS);
        sent.await(120, TimeUnit.SECONDS);
        pace.shutdownNow();
        senders.shutdown();
        delivered.await(30, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        streams.forEach(stream -> stream.cancel(true));
        long[] measured = Arrays.stream(latency).filter(l -> l >= 0).sorted().toArray();
        long missing = WIDGETS - measured.length;
        System.out.printf(Locale.ROOT, "delivery: %d of %d events reached their widget (%d postbacks failed)%n",
                measured.length, WIDGETS, failed.get());
        String name = streamBase.equals(base) ? "postback-to-overlay, 2,000 widgets, 200/s"
                : "postback to overlay on the other node, 2,000 widgets";
        return new Result(name, measured.length, missing, elapsed, measured);
    }
}
