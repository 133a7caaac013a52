package io.trackline.platform.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A node alone, for tests: what is published reaches this node's handlers, and a test can play another node. */
public final class LocalBus implements ClusterBus {

    private final Map<ClusterTopic, List<Consumer<Message>>> handlers = new ConcurrentHashMap<>();
    public final List<Message> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(ClusterTopic topic, String key, byte[] value) {
        Message message = new Message(topic, key, value, nodeId());
        published.add(message);
        deliver(message);
    }

    @Override
    public void publishDurably(ClusterTopic topic, String key, byte[] value, Duration wait) {
        publish(topic, key, value);
    }

    @Override
    public boolean awaitCaughtUp(ClusterTopic topic, Duration wait) {
        return true;
    }

    @Override
    public void consumeShared(ClusterTopic topic, String group, SharedConsumer consumer) {
        // alone: nothing is shared
    }

    @Override
    public boolean clustered() {
        return false;
    }

    @Override
    public void subscribe(ClusterTopic topic, Consumer<Message> handler) {
        handlers.computeIfAbsent(topic, ignored -> new CopyOnWriteArrayList<>()).add(handler);
    }

    @Override
    public String nodeId() {
        return "test-node";
    }

    /** As the Kafka link hands on a message another node published. */
    public void fromAnotherNode(ClusterTopic topic, byte[] value) {
        deliver(new Message(topic, "key", value, "other-node"));
    }

    private void deliver(Message message) {
        new ArrayList<>(handlers.getOrDefault(message.topic(), List.of())).forEach(handler -> handler.accept(message));
    }
}
