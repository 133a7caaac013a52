package io.trackline.cluster;

import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Load through the balancer for a while, from senders of its own at a steady pace: postbacks of one
 * influencer, each under its {@code Idempotency-Key}, and seed-signed auctions on retailer 11, each for a
 * shopper of its own. A request the cluster could not answer (no connection, 502, 503, 504: a node dying
 * under it) is sent again unchanged, as the README tells partners to, for up to {@value #RETRY_SECONDS} s.
 * What it records is what was acknowledged (2xx), and anything else that came back.
 */
final class BalancerLoad {

    static final int RETRY_SECONDS = 30;
    private static final Set<Integer> NOT_ANSWERED = Set.of(502, 503, 504);

    /**
     * An acknowledged postback: its tag ({@code event_name}), the {@code id} of its answer, the attempts, and
     * when its first attempt was sent and its answer came ({@link System#nanoTime()}).
     */
    record Postback(String tag, String id, boolean counted, boolean replayed, int attempts, long sent,
                    long acknowledged) {
    }

    /** An acknowledged auction: the shopper it was for, its group id, its winners, the attempts. */
    record Auction(String uid, String auctionGroupId, int winners, int attempts, long acknowledged) {
    }

    private final Node balancer;
    private final String accessKey;
    private final String influencer;
    private final String shopperPrefix;
    private final ScheduledExecutorService senders;
    private final long started = System.nanoTime();
    private final AtomicInteger postbacksSent = new AtomicInteger();
    private final AtomicInteger auctionsSent = new AtomicInteger();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private final List<Postback> postbacks = new CopyOnWriteArrayList<>();
    private final List<Auction> auctions = new CopyOnWriteArrayList<>();
    /** What was neither acknowledged nor retried: the status and body, or why it was given up. */
    private final List<String> unacknowledged = new CopyOnWriteArrayList<>();

    private BalancerLoad(Node balancer, String accessKey, String influencer, String shopperPrefix, int threads) {
        this.balancer = balancer;
        this.accessKey = accessKey;
        this.influencer = influencer;
        this.shopperPrefix = shopperPrefix;
        this.senders = Executors.newScheduledThreadPool(threads);
    }

    /**
     * Starts {@code postbackSenders} and {@code auctionSenders} senders, each sending one request, then
     * waiting {@code pace}, until {@code duration} is over.
     */
    static BalancerLoad start(Node balancer, String accessKey, String influencer, String shopperPrefix,
                              Duration duration, int postbackSenders, int auctionSenders, Duration pace) {
        BalancerLoad load = new BalancerLoad(balancer, accessKey, influencer, shopperPrefix,
                postbackSenders + auctionSenders + 1);
        for (int i = 0; i < postbackSenders + auctionSenders; i++) {
            Runnable send = i < postbackSenders ? load::postback : load::auction;
            load.senders.scheduleWithFixedDelay(load.guarded(send), pace.toMillis() * i / (postbackSenders
                    + auctionSenders), pace.toMillis(), TimeUnit.MILLISECONDS);
        }
        // shutdown() stops the periodic sends; a request still being retried is finished first
        load.senders.schedule(load.senders::shutdown, duration.toMillis(), TimeUnit.MILLISECONDS);
        return load;
    }

    long started() {
        return started;
    }

    /** Waits until every sender has stopped, its last request answered or given up. */
    void awaitEnd(Duration within) throws InterruptedException {
        if (!senders.awaitTermination(within.toMillis(), TimeUnit.MILLISECONDS)) {
            senders.shutdownNow();
            throw new AssertionError("The load had not ended " + within.toMillis() + " ms after it was awaited");
        }
    }

    /** Stops at once (a test that failed half way). */
    void stop() {
        senders.shutdownNow();
    }

    List<Postback> postbacks() {
        return List.copyOf(postbacks);
    }

    List<Auction> auctions() {
        return List.copyOf(auctions);
    }

    List<String> unacknowledged() {
        return List.copyOf(unacknowledged);
    }

    int postbacksSent() {
        return postbacksSent.get();
    }

    int auctionsSent() {
        return auctionsSent.get();
    }

    /** Attempts that got no answer from a node (no connection, 502, 503, 504) and were sent again. */
    int failedAttempts() {
        return failedAttempts.get();
    }

    private void postback() {
        String tag = "load-" + postbacksSent.incrementAndGet();
        AtomicInteger attempts = new AtomicInteger();
        long sent = System.nanoTime();
        HttpResponse<String> answer = answered("the postback " + tag,
                () -> balancer.postback(accessKey, influencer, tag, null), attempts);
        if (answer != null) {
            boolean replayed = answer.headers().firstValue("Idempotent-Replayed").isPresent();
            var json = Node.json(answer);
            postbacks.add(new Postback(tag, json.getString("id"), json.getBoolean("counted"), replayed,
                    attempts.get(), sent, System.nanoTime()));
        }
    }

    private void auction() {
        String uid = shopperPrefix + auctionsSent.incrementAndGet();
        RetailRequest request = RetailRequest.colaSearch(uid);
        AtomicInteger attempts = new AtomicInteger();
        HttpResponse<String> answer = answered("the auction for " + uid,
                () -> balancer.send(request.seedSigned(balancer)), attempts);
        if (answer != null) {
            var json = Node.json(answer);
            auctions.add(new Auction(uid, json.getString("auction_group_id"),
                    json.getJsonArray("winning_bids").size(), attempts.get(), System.nanoTime()));
        }
    }

    /** The 2xx answer, or null with the reason kept in {@link #unacknowledged}. */
    private HttpResponse<String> answered(String what, Supplier<HttpResponse<String>> send, AtomicInteger attempts) {
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        try {
            await(what).atMost(Duration.ofSeconds(RETRY_SECONDS)).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100)).until(() -> {
                        attempts.incrementAndGet();
                        try {
                            HttpResponse<String> response = send.get();
                            if (NOT_ANSWERED.contains(response.statusCode())) {
                                failedAttempts.incrementAndGet();
                                return false;
                            }
                            answer.set(response);
                            return true;
                        } catch (UncheckedIOException e) {
                            failedAttempts.incrementAndGet();
                            return false;
                        }
                    });
        } catch (ConditionTimeoutException e) {
            unacknowledged.add(what + ": given up after " + attempts.get() + " attempts");
            return null;
        }
        if (answer.get().statusCode() / 100 != 2) {
            unacknowledged.add(what + ": " + answer.get().statusCode() + " " + answer.get().body());
            return null;
        }
        return answer.get();
    }

    /** A periodic task that throws is never run again: keep what went wrong instead. */
    private Runnable guarded(Runnable send) {
        return () -> {
            try {
                send.run();
            } catch (RuntimeException e) {
                unacknowledged.add("a sender failed: " + e);
            }
        };
    }
}
