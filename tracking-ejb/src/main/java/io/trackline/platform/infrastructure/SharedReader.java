package io.trackline.platform.infrastructure;

import io.trackline.platform.domain.ClusterBus;
import io.trackline.platform.domain.ClusterBus.Message;
import io.trackline.platform.domain.ClusterTopic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * One node's share of a topic that a group of nodes consumes together ({@link ClusterBus#consumeShared}):
 * Kafka assigns it some partitions, it hands their messages on in batches, and commits a batch's offsets
 * only once the consumer is done with it. A batch the consumer throws on is read again from its first
 * offsets after a pause that doubles from 1 s to 30 s; a lost connection is retried the same way.
 */
final class SharedReader {

    private static final Logger LOG = Logger.getLogger(SharedReader.class.getName());
    private static final Duration POLL = Duration.ofMillis(500);
    private static final long FIRST_PAUSE_MILLIS = 1_000;
    private static final long MAX_PAUSE_MILLIS = 30_000;

    private final ClusterTopic topic;
    private final String group;
    private final ClusterBus.SharedConsumer consumer;
    private final Supplier<KafkaConsumer<String, byte[]>> connect;
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, byte[]> reading;
    private long pauseMillis = FIRST_PAUSE_MILLIS;

    SharedReader(ClusterTopic topic, String group, ClusterBus.SharedConsumer consumer,
                 Supplier<KafkaConsumer<String, byte[]>> connect) {
        this.topic = topic;
        this.group = group;
        this.consumer = consumer;
        this.connect = connect;
    }

    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = reading;
        if (current != null) {
            current.wakeup();
        }
    }

    void readUntilStopped() {
        while (running) {
            try (KafkaConsumer<String, byte[]> kafka = connect.get()) {
                reading = kafka;
                kafka.subscribe(List.of(topic.topicName()));
                while (running) {
                    takeOneBatch(kafka);
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The shared reader of " + topic.topicName() + " (" + group + ") failed;"
                        + " it connects again", e);
                pause();
            } finally {
                reading = null;
            }
        }
    }

    private void takeOneBatch(KafkaConsumer<String, byte[]> kafka) {
        ConsumerRecords<String, byte[]> records = kafka.poll(POLL);
        if (records.isEmpty()) {
            return;
        }
        List<Message> batch = new ArrayList<>(records.count());
        Map<TopicPartition, Long> firstOffsets = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            firstOffsets.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
            batch.add(new Message(topic, record.key(), record.value(), KafkaLink.origin(record)));
        }
        try {
            consumer.take(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, batch.size() + " messages of " + topic.topicName() + " were not taken; they are"
                    + " offered again in " + pauseMillis + " ms: " + e);
            firstOffsets.forEach(kafka::seek);
            pause();
            return;
        }
        kafka.commitSync();
        pauseMillis = FIRST_PAUSE_MILLIS;
    }

    private void pause() {
        try {
            Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        pauseMillis = Math.min(MAX_PAUSE_MILLIS, pauseMillis * 2);
    }
}
