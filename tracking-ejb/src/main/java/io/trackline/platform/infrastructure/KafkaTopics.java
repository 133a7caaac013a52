package io.trackline.platform.infrastructure;

import io.trackline.platform.domain.ClusterTopic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The topics of {@link ClusterTopic}, made sure of at a node's start (and after any failure to reach Kafka):
 * those missing are created with their partition count, their retention, and as many replicas as the cluster
 * has brokers, three at most ({@code trackline.kafka.replication-factor} overrides). Two nodes starting at
 * once may both try: the second finds the topic there, which is fine.
 */
final class KafkaTopics {

    static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(KafkaTopics.class.getName());
    private static final short MAX_REPLICAS = 3;

    private KafkaTopics() {
    }

    /** Creates the topics that are missing; those that exist are left as they are (their partitions all read). */
    static void ensure(Admin admin, Optional<Short> replicationFactor) {
        List<String> names = new ArrayList<>();
        for (ClusterTopic topic : ClusterTopic.values()) {
            names.add(topic.topicName());
        }
        Map<String, TopicDescription> existing = admin.describeTopics(names).topicNameValues().entrySet()
                .stream().filter(entry -> exists(entry.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> get(entry.getValue())));
        short replicas = replicationFactor.orElseGet(() -> (short) Math.min(MAX_REPLICAS,
                get(admin.describeCluster().nodes()).size()));
        List<NewTopic> missing = new ArrayList<>();
        for (ClusterTopic topic : ClusterTopic.values()) {
            if (!existing.containsKey(topic.topicName())) {
                missing.add(new NewTopic(topic.topicName(), topic.partitions(), replicas).configs(Map.of(
                        TopicConfig.RETENTION_MS_CONFIG, Long.toString(topic.retention().toMillis()))));
            }
        }
        if (!missing.isEmpty()) {
            admin.createTopics(missing).values().values().forEach(KafkaTopics::createdOrThere);
            LOG.info(() -> "Created the Kafka topics " + missing.stream().map(NewTopic::name).toList()
                    + " with " + replicas + " replicas");
        }
    }

    private static boolean exists(KafkaFuture<TopicDescription> description) {
        try {
            description.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw new IllegalStateException("Kafka did not describe the topics", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not describe the topics in " + ADMIN_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while describing the topics", e);
        }
    }

    private static void createdOrThere(KafkaFuture<Void> creation) {
        try {
            get(creation);
        } catch (IllegalStateException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    static <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer in " + ADMIN_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }
}
