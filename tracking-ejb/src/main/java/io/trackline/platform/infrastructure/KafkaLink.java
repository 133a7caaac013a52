package io.trackline.platform.infrastructure;

import io.trackline.platform.api.Meters;
import io.trackline.platform.domain.ClusterBus.Message;
import io.trackline.platform.domain.ClusterBus;
import io.trackline.platform.domain.ClusterTopic;
import io.trackline.platform.domain.ClusterUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.metrics.Counter;

/**
 * This node's connection to Kafka, with the Kafka client itself (not Reactive Messaging: every node must
 * read every partition from the end, which a consumer without a group does by assigning them all, and the
 * bus needs the record's origin header and its own thread).
 * <ul>
 * <li>At start, and again after any failure, it makes sure the topics exist ({@link KafkaTopics}).</li>
 * <li>One thread reads all partitions of all topics, from their end as it joins, and hands on what other
 * nodes published. Joining (the positions taken) makes the node ready. After a failure it connects again
 * every second and goes on where it stopped, so an outage shorter than a topic's retention loses nothing;
 * meanwhile the node keeps serving.</li>
 * <li>{@link #send} does not wait: the producer takes a message into its buffer (200 ms at most when the buffer
 * is full or the broker unknown) and sends it with {@code acks=all}, idempotently, within 10 s or counts it
 * lost. {@link #sendAndWait} waits until Kafka has it, for what must outlive this node.</li>
 * <li>{@link #awaitCaughtUp} asks Kafka where a topic ends and waits until the reader got there.</li>
 * <li>{@link #consumeShared} starts a {@link SharedReader} per shared topic.</li>
 * </ul>
 */
final class KafkaLink {

    private static final Logger LOG = Logger.getLogger(KafkaLink.class.getName());
    /** The header that names the node a message came from. */
    static final String ORIGIN = "trackline-origin";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final KafkaSettings settings;
    private final ThreadFactory threads;
    private final Consumer<Message> fromOthers;
    private final Counter received;
    private final Counter lost;
    private KafkaProducer<String, byte[]> producer;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;
    private volatile boolean joined;
    /** The next offset of each partition to read: where reading goes on after a reconnect, and how far it got. */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    /** Signalled whenever the reader moves on, for those waiting to catch up. */
    private final Object progress = new Object();
    private volatile Admin admin;
    private final List<SharedReader> sharedReaders = new CopyOnWriteArrayList<>();
    private Thread reader;

    KafkaLink(KafkaSettings settings, ThreadFactory threads, Consumer<Message> fromOthers, Meters meters) {
        this.settings = settings;
        this.threads = threads;
        this.fromOthers = fromOthers;
        this.received = meters.counter("trackline_cluster_messages_received", "Messages other nodes published");
        this.lost = meters.counter("trackline_cluster_messages_lost", "Messages Kafka did not take in time");
    }

    void start() {
        running = true;
        admin = KafkaSettings.withClientLoader(() -> Admin.create(settings.adminSettings()));
        producer = KafkaSettings.withClientLoader(() -> new KafkaProducer<>(settings.producerSettings(), new StringSerializer(),
                new ByteArraySerializer()));
        reader = threads.newThread(this::readUntilStopped);
        reader.setName("trackline-cluster-reader");
        reader.start();
    }

    /** Starts a reader of its own that shares the topic with the group's other members. */
    void consumeShared(ClusterTopic topic, String group, ClusterBus.SharedConsumer consumer) {
        SharedReader reader = new SharedReader(topic, group, consumer, () -> KafkaSettings.withClientLoader(() ->
                new KafkaConsumer<>(settings.sharedSettings(group), new StringDeserializer(), new ByteArrayDeserializer())));
        sharedReaders.add(reader);
        Thread thread = threads.newThread(reader::readUntilStopped);
        thread.setName("trackline-shared-" + topic.topicName());
        thread.start();
    }

    void stop() {
        sharedReaders.forEach(SharedReader::stop);
        running = false;
        KafkaConsumer<String, byte[]> reading = consumer;
        if (reading != null) {
            reading.wakeup();
        }
        try {
            reader.join(RETRY.multipliedBy(3).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(2));
        admin.close(Duration.ofSeconds(2));
    }

    boolean joined() {
        return joined;
    }

    void send(Message message) {
        ProducerRecord<String, byte[]> record = record(message);
        try {
            producer.send(record, (metadata, failure) -> {
                if (failure != null) {
                    lost.inc();
                    LOG.log(Level.FINE, "Kafka did not take a message of " + record.topic(), failure);
                }
            });
        } catch (RuntimeException e) {
            lost.inc();
            LOG.log(Level.FINE, "Kafka did not take a message of " + record.topic(), e);
        }
    }

    /** Sends the message and waits until every in-sync replica has it. */
    void sendAndWait(Message message, Duration wait) {
        try {
            producer.send(record(message)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            lost.inc();
            throw new ClusterUnavailableException("Kafka refused a message of " + message.topic().topicName() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            lost.inc();
            throw new ClusterUnavailableException("Kafka did not take a message of " + message.topic().topicName()
                    + " within " + wait.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterUnavailableException("Interrupted while Kafka took a message", e);
        } catch (RuntimeException e) {
            lost.inc();
            throw new ClusterUnavailableException("Kafka did not take a message of " + message.topic().topicName()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Asks Kafka where the topic's partitions end now, and waits until the reader has read that far. */
    boolean awaitCaughtUp(ClusterTopic topic, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        positions.keySet().stream().filter(partition -> partition.topic().equals(topic.topicName()))
                .forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        if (latest.isEmpty() || admin == null) {
            return false;
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        try {
            admin.listOffsets(latest).all().get(wait.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        synchronized (progress) {
            while (!reached(ends)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                try {
                    progress.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> positions.getOrDefault(end.getKey(), 0L) >= end.getValue());
    }

    private ProducerRecord<String, byte[]> record(Message message) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(message.topic().topicName(), message.key(),
                message.value());
        record.headers().add(ORIGIN, settings.nodeId().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private void readUntilStopped() {
        while (running) {
            try {
                KafkaTopics.ensure(admin, settings.replicationFactor());
                readFromTheEnd();
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Node " + settings.nodeId() + " lost Kafka at "
                            + settings.bootstrapServers() + "; retrying in " + RETRY.toMillis() + " ms", e);
                    pause();
                }
            }
        }
    }

    private void readFromTheEnd() {
        try (KafkaConsumer<String, byte[]> reading = KafkaSettings.withClientLoader(() -> new KafkaConsumer<>(settings.consumerSettings(),
                new StringDeserializer(), new ByteArrayDeserializer()))) {
            consumer = reading;
            List<TopicPartition> partitions = new ArrayList<>();
            for (ClusterTopic topic : ClusterTopic.values()) {
                reading.partitionsFor(topic.topicName(), KafkaTopics.ADMIN_TIMEOUT).forEach(partition ->
                        partitions.add(new TopicPartition(partition.topic(), partition.partition())));
            }
            reading.assign(partitions);
            reading.seekToEnd(partitions);
            for (TopicPartition partition : partitions) {
                Long next = positions.get(partition);
                if (next == null) {
                    positions.put(partition, reading.position(partition));
                } else {
                    reading.seek(partition, next);
                }
            }
            joined = true;
            LOG.info(() -> "Node " + settings.nodeId() + " reads " + partitions.size() + " partitions of "
                    + ClusterTopic.values().length + " topics");
            while (running) {
                ConsumerRecords<String, byte[]> records = reading.poll(POLL);
                for (ConsumerRecord<String, byte[]> record : records) {
                    handOn(record);
                    positions.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                }
                if (!records.isEmpty()) {
                    synchronized (progress) {
                        progress.notifyAll();
                    }
                }
            }
        } finally {
            consumer = null;
        }
    }

    private void handOn(ConsumerRecord<String, byte[]> record) {
        String from = origin(record);
        if (from.equals(settings.nodeId())) {
            return;
        }
        received.inc();
        fromOthers.accept(new Message(ClusterTopic.named(record.topic()), record.key(), record.value(), from));
    }

    /** The node the record came from ({@value #ORIGIN}), or nothing. */
    static String origin(ConsumerRecord<String, byte[]> record) {
        Header origin = record.headers().lastHeader(ORIGIN);
        return origin == null ? "" : new String(origin.value(), StandardCharsets.UTF_8);
    }











    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
