package io.trackline.platform.infrastructure;

import io.trackline.platform.api.ClusterMembership;
import io.trackline.platform.api.Meters;
import io.trackline.platform.domain.ClusterBus;
import io.trackline.platform.domain.ClusterTopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;

/**
 * The cluster bus of this node: its local half always, and a {@link KafkaLink} when
 * {@code trackline.kafka.bootstrap-servers} is set. A message published here reaches this node's handlers
 * directly (no broker round trip, and still when Kafka is down) and goes to Kafka for the other nodes; the
 * link hands on only what other nodes published.
 */
@ApplicationScoped
public class ClusterMessageBus implements ClusterBus, ClusterMembership {

    private static final Logger LOG = Logger.getLogger(ClusterMessageBus.class.getName());

    private final Map<ClusterTopic, List<Consumer<Message>>> handlers = new EnumMap<>(ClusterTopic.class);

    @Inject
    @ConfigProperty(name = "trackline.kafka.bootstrap-servers")
    Optional<String> bootstrapServers;

    @Inject
    @ConfigProperty(name = "trackline.kafka.replication-factor")
    Optional<Short> replicationFactor;

    @Inject
    @ConfigProperty(name = "trackline.node-id")
    Optional<String> configuredNodeId;

    @Inject
    Meters meters;

    @Resource
    ManagedThreadFactory threads;

    private String nodeId;
    private KafkaLink link;
    private Counter published;

    @PostConstruct
    void start() {
        for (ClusterTopic topic : ClusterTopic.values()) {
            handlers.put(topic, new CopyOnWriteArrayList<>());
        }
        nodeId = configuredNodeId.filter(id -> !id.isBlank()).orElseGet(ClusterMessageBus::generatedNodeId);
        published = meters.counter("trackline_cluster_messages_published", "Messages this node published");
        Optional<String> servers = bootstrapServers.map(String::trim).filter(value -> !value.isEmpty());
        if (servers.isEmpty()) {
            LOG.info(() -> "Node " + nodeId + " runs alone: TRACKLINE_KAFKA_BOOTSTRAP_SERVERS is not set");
            return;
        }
        link = new KafkaLink(new KafkaSettings(servers.get(), nodeId, replicationFactor), threads,
                this::deliver, meters);
        link.start();
        LOG.info(() -> "Node " + nodeId + " joins the cluster through Kafka at " + servers.get());
    }

    /** Starts the bus with the application, so that it hears the others before the first request. */
    void onStartup(@Observes Startup startup) {
        LOG.fine(() -> "Cluster bus of node " + nodeId + " started");
    }

    @PreDestroy
    void stop() {
        if (link != null) {
            link.stop();
        }
    }

    @Override
    public void publish(ClusterTopic topic, String key, byte[] value) {
        Message message = new Message(topic, key, value, nodeId);
        published.inc();
        deliver(message);
        if (link != null) {
            link.send(message);
        }
    }

    @Override
    public void publishDurably(ClusterTopic topic, String key, byte[] value, Duration wait) {
        Message message = new Message(topic, key, value, nodeId);
        published.inc();
        if (link != null) {
            link.sendAndWait(message, wait);
        }
        deliver(message);
    }

    @Override
    public boolean awaitCaughtUp(ClusterTopic topic, Duration wait) {
        return link == null || link.awaitCaughtUp(topic, wait);
    }

    @Override
    public void consumeShared(ClusterTopic topic, String group, SharedConsumer consumer) {
        if (link != null) {
            link.consumeShared(topic, group, consumer);
        }
    }

    @Override
    public void subscribe(ClusterTopic topic, Consumer<Message> handler) {
        handlers.get(topic).add(handler);
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public boolean clustered() {
        return link != null;
    }

    @Override
    public boolean joined() {
        return link == null || link.joined();
    }

    private void deliver(Message message) {
        for (Consumer<Message> handler : handlers.get(message.topic())) {
            try {
                handler.accept(message);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A handler of " + message.topic().topicName() + " failed", e);
            }
        }
    }

    private static String generatedNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
