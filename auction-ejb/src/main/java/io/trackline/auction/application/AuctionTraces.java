package io.trackline.auction.application;

import io.trackline.auction.api.AuctionQuery;
import io.trackline.auction.api.AuctionTrace;
import io.trackline.auction.api.TraceEntry;
import io.trackline.auction.infrastructure.TraceArena;
import io.trackline.platform.domain.ClusterBus;
import io.trackline.platform.domain.ClusterTopic;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The decision traces of the most recent auctions run on this node, in {@code trackline.auction.trace-memory-mb}
 * of memory set aside at start: each new trace pushes the oldest out, whatever the load.
 *
 * <p>In a cluster, a trace this node does not hold is asked of the others: the question goes out on
 * {@link ClusterTopic#TRACE_QUESTIONS}, the node that holds it answers on {@link ClusterTopic#TRACE_ANSWERS}
 * with the trace's bytes, and the asker waits {@link #ASK_WAIT} at most. Auctions pay nothing for this: a
 * trace stays where it was made until someone asks.
 */
@ApplicationScoped
public class AuctionTraces {

    /** The smallest trace (one candidate) takes about this many bytes: the table can find that many. */
    static final int MIN_TRACE_BYTES = 128;

    @Inject
    @ConfigProperty(name = "trackline.auction.trace-memory-mb", defaultValue = "64")
    int memoryMegabytes;

    /** How long a node waits for another to answer with a trace it does not hold. */
    static final Duration ASK_WAIT = Duration.ofMillis(500);

    private final Map<String, CompletableFuture<byte[]>> asked = new ConcurrentHashMap<>();

    @Inject
    ClusterBus bus;

    private TraceArena arena;

    @PostConstruct
    void allocate() {
        if (memoryMegabytes < 1 || memoryMegabytes > 1024) {
            throw new IllegalArgumentException("trackline.auction.trace-memory-mb must be from 1 to 1024, not "
                    + memoryMegabytes);
        }
        int bytes = memoryMegabytes << 20;
        arena = new TraceArena(bytes, bytes / MIN_TRACE_BYTES);
        bus.subscribe(ClusterTopic.TRACE_QUESTIONS, this::answer);
        bus.subscribe(ClusterTopic.TRACE_ANSWERS, message -> {
            CompletableFuture<byte[]> waiting = asked.remove(message.key());
            if (waiting != null) {
                waiting.complete(message.value());
            }
        });
    }

    void keep(UUID key, long retailerId, AuctionQuery query, Instant ranAt, List<TraceEntry> trace) {
        arena.put(key.getMostSignificantBits(), key.getLeastSignificantBits(),
                TraceCodec.encode(retailerId, query, ranAt, trace));
    }

    /** The trace of one of the retailer's auctions, while it is among those kept. */
    public Optional<AuctionTrace> find(long retailerId, String auctionGroupId) {
        UUID key;
        try {
            key = UUID.fromString(auctionGroupId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return held(key).or(() -> askOthers(key))
                .map(bytes -> TraceCodec.decode(auctionGroupId, bytes))
                .filter(decoded -> decoded.retailerId() == retailerId).map(TraceCodec.Decoded::trace);
    }

    private Optional<byte[]> held(UUID key) {
        return arena.get(key.getMostSignificantBits(), key.getLeastSignificantBits());
    }

    private Optional<byte[]> askOthers(UUID key) {
        if (!bus.clustered()) {
            return Optional.empty();
        }
        String question = UUID.randomUUID().toString();
        CompletableFuture<byte[]> answer = new CompletableFuture<>();
        asked.put(question, answer);
        try {
            bus.publish(ClusterTopic.TRACE_QUESTIONS, question, key.toString().getBytes(StandardCharsets.UTF_8));
            return Optional.of(answer.get(ASK_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            asked.remove(question);
        }
    }

    /** Another node asks for a trace: the node that holds it answers. */
    private void answer(ClusterBus.Message question) {
        if (question.origin().equals(bus.nodeId())) {
            return;
        }
        UUID key = UUID.fromString(new String(question.value(), StandardCharsets.UTF_8));
        held(key).ifPresent(bytes -> bus.publish(ClusterTopic.TRACE_ANSWERS, question.key(), bytes));
    }
}
