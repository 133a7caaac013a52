package io.trackline.retail.application;

import com.github.benmanes.caffeine.cache.Ticker;
import io.trackline.retail.api.ReplayClaims;
import io.trackline.retail.api.ReplayKey;
import io.trackline.platform.api.Meters;
import io.trackline.platform.domain.ClusterBus;
import io.trackline.platform.domain.ClusterTopic;
import io.trackline.platform.domain.ClusterUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.ForkJoinPool;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;

/**
 * Replay protection that does not punish honest retries, for every signed request with a replay key
 * (Standard Webhooks always, the seed's signature under the retailer's replay protection): a key is used up
 * only by a request that succeeded, see {@link SignedRequestLedger}. Two requests under one key are the same
 * when they ask the same endpoint with the same body bytes; the timestamp and signature may differ (each
 * attempt is signed afresh).
 *
 * <p>On several nodes (cluster mode) a key used up on one is used up on all: a request that succeeded is
 * published on {@link ClusterTopic#SIGNED_REQUESTS}, durably, before its answer is sent, and every node
 * records it; a claim first catches up with that topic as Kafka has it then. So a copy sent to any node after
 * the first was answered is refused (or answered again) as on the node that answered it. Two copies in
 * flight at the same moment on two nodes can both run: the window is one request's duration. While Kafka
 * cannot be reached, each node goes on with what it knows ({@code trackline_retail_replay_unshared}
 * counts those requests) rather than refuse signed requests.
 *
 * <p>Settings: {@code trackline.retail.replay.retention-seconds} (default 3600, at least
 * {@value #MIN_RETENTION_SECONDS}: a request is fresh for 300 s either side of its timestamp, so its key must
 * outlive that); {@code trackline.retail.replay.memory-mb} (default 64: about 100,000 requests whose answers
 * are a few hundred bytes); {@code trackline.retail.replay.answer-max-bytes} (default 16384: a larger answer
 * is not kept, and a repeat of its request is refused, 409, rather than answered again).
 */
@ApplicationScoped
public class ReplayProtection implements ReplayClaims {

    static final long MIN_RETENTION_SECONDS = 2 * SignedTimestamp.WINDOW_SECONDS;

    @Inject
    @ConfigProperty(name = "trackline.retail.replay.retention-seconds", defaultValue = "3600")
    long retentionSeconds;

    @Inject
    @ConfigProperty(name = "trackline.retail.replay.memory-mb", defaultValue = "64")
    long memoryMegabytes;

    @Inject
    @ConfigProperty(name = "trackline.retail.replay.answer-max-bytes", defaultValue = "16384")
    int answerMaxBytes;

    /** How long a claim waits to hear what other nodes used up, and a success to be durable, at most. */
    static final Duration CLUSTER_WAIT = Duration.ofMillis(500);
    private static final Logger LOG = Logger.getLogger(ReplayProtection.class.getName());

    @Inject
    ClusterBus bus;

    @Inject
    Meters meters;

    private SignedRequestLedger ledger;
    private Counter unshared;

    @PostConstruct
    void start() {
        ledger = new SignedRequestLedger(Duration.ofSeconds(Math.max(MIN_RETENTION_SECONDS, retentionSeconds)),
                memoryMegabytes * 1024 * 1024, answerMaxBytes, Ticker.systemTicker(), ForkJoinPool.commonPool());
        unshared = meters.counter("trackline_retail_replay_unshared",
                "Signed requests checked or recorded without the other nodes (Kafka out of reach)");
        bus.subscribe(ClusterTopic.SIGNED_REQUESTS, message -> {
            if (!message.origin().equals(bus.nodeId())) {
                UsedKey used = UsedKey.decode(message.value());
                ledger.succeededElsewhere(message.key(), used.digest(), used.answer());
            }
        });
    }

    /** Made with the application, not at its first use: from the start it hears what the other nodes publish. */
    void onStartup(@Observes Startup startup) {
        // making the bean subscribed it
    }

    /**
     * Claims the key for this request to {@code endpoint} with this body, or finds the answer of the same
     * request that succeeded; refuses (409, 422) as {@link SignedRequestLedger#claim} says.
     */
    @Override
    public Outcome claim(ReplayKey key, String endpoint, byte[] body) {
        if (!bus.awaitCaughtUp(ClusterTopic.SIGNED_REQUESTS, CLUSTER_WAIT)) {
            unshared.inc();
        }
        return ledger.claim(key, digest(endpoint, body));
    }

    /** @param answer {@code null}: over {@link #answerMaxBytes()}, not kept */
    @Override
    public void succeeded(Claim claim, Answer answer) {
        ledger.succeeded(claim, answer);
        Answer kept = answer != null && answer.body().length <= answerMaxBytes ? answer : null;
        try {
            bus.publishDurably(ClusterTopic.SIGNED_REQUESTS, claim.key(), new UsedKey(claim.digest(), kept).encode(),
                    CLUSTER_WAIT);
        } catch (ClusterUnavailableException e) {
            unshared.inc();
            LOG.log(Level.FINE, "A used replay key could not be shared with the other nodes", e);
        }
    }

    @Override
    public void failed(Claim claim) {
        ledger.failed(claim);
    }

    /** The largest answer kept to be sent again. */
    @Override
    public int answerMaxBytes() {
        return answerMaxBytes;
    }

    static byte[] digest(String endpoint, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(endpoint.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return sha256.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
