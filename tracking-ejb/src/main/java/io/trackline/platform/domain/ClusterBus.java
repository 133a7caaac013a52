package io.trackline.platform.domain;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * How nodes tell each other what happened. A message published on a node reaches the handlers of its topic
 * on that node at once, on the publisher's thread, and, in cluster mode ({@code TRACKLINE_KAFKA_BOOTSTRAP_SERVERS}
 * set), those of every other node through Kafka, on the node's one reading thread. Handlers must therefore
 * be quick and must not block: they queue work, drop a cache entry, and return. Without Kafka a node is
 * alone and the bus is only its local half.
 *
 * <p>Publishing never waits on the broker: a message that Kafka cannot take (the broker down for longer than
 * the producer's delivery timeout) is counted as lost ({@code trackline_cluster_messages_lost}), and what
 * depends on it falls back to what it did on one node (overlays reconnect and replay from the database,
 * caches refresh on their timer).
 */
public interface ClusterBus {

    /** A message of a topic: its key orders it among the others of that key; {@code origin} is the node that sent it. */
    record Message(ClusterTopic topic, String key, byte[] value, String origin) {
    }

    void publish(ClusterTopic topic, String key, byte[] value);

    /**
     * As {@link #publish}, and returns only once Kafka has the message on all its in-sync replicas, so that
     * it outlives this node: what a caller acknowledges after this call survives a kill -9 of this node.
     *
     * @throws ClusterUnavailableException Kafka did not take it within {@code wait}
     */
    void publishDurably(ClusterTopic topic, String key, byte[] value, Duration wait);

    /**
     * Waits until this node has heard every message of the topic that Kafka had when this call began, at most
     * {@code wait}: what another node published durably before this call is then known here. Alone, at once.
     *
     * @return whether it caught up in time
     */
    boolean awaitCaughtUp(ClusterTopic topic, Duration wait);

    /** Takes a batch of a shared topic's messages; returns once done with them, or throws to have them again. */
    interface SharedConsumer {
        void take(List<Message> batch);
    }

    /**
     * In cluster mode, shares the work of taking the topic's messages with the other nodes that consume it
     * under the same {@code group}: each message goes to one of them, in batches, and counts as taken once
     * {@code consumer} returns. A batch it throws on is offered again after a pause (1 s, doubling to 30 s),
     * and a node that dies leaves its share to the others, who take again what it had not finished: so
     * {@code consumer} must be idempotent. Alone, nothing is shared and this does nothing.
     */
    void consumeShared(ClusterTopic topic, String group, SharedConsumer consumer);

    /** Adds a handler of the topic's messages, on this node: those published here and, in cluster mode, elsewhere. */
    void subscribe(ClusterTopic topic, Consumer<Message> handler);

    /** Whether other nodes may hear this one ({@code TRACKLINE_KAFKA_BOOTSTRAP_SERVERS} set). */
    boolean clustered();

    /** This node's name among the others, as its messages carry it. */
    String nodeId();
}
