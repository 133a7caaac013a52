package io.trackline.platform.domain;

import java.time.Duration;

/**
 * What the nodes of a cluster tell each other, one Kafka topic each. Every node reads every partition of
 * every topic from where the log ended when it started: nodes do not share the work of reading, each sees
 * everything. A message's key picks its partition, so messages of one key keep their order.
 */
public enum ClusterTopic {

    /** Counted postbacks and test alerts, keyed by widget, for the overlays each node holds. */
    LIVE_EVENTS("trackline.live-events", 6, Duration.ofHours(1)),

    /** Reference data that changed (a revoked key, new settings): keyed by cache, so caches drop it at once. */
    CHANGES("trackline.changes", 1, Duration.ofHours(1)),

    /** Signed requests that succeeded (their replay key, digest and answer): used up on every node. */
    SIGNED_REQUESTS("trackline.signed-requests", 6, Duration.ofHours(1)),

    /**
     * Every auction run in cluster mode, written here before its answer is sent; the nodes share the work
     * of writing them into the database, and every node keeps the recent ones for clicks. Kept a day, so
     * that a database outage of less than that loses none.
     */
    AUCTIONS("trackline.auctions", 6, Duration.ofDays(1)),

    /** A campaign's spend as a billed click left it, keyed by campaign: every node's pacing sees it at once. */
    SPEND("trackline.spend", 6, Duration.ofHours(1)),

    /** A node asking the others for the decision trace of an auction it did not run. */
    TRACE_QUESTIONS("trackline.trace-questions", 1, Duration.ofMinutes(10)),

    /** The node that ran the auction answering with its trace. */
    TRACE_ANSWERS("trackline.trace-answers", 1, Duration.ofMinutes(10));

    private final String topicName;
    private final int partitions;
    private final Duration retention;

    ClusterTopic(String topicName, int partitions, Duration retention) {
        this.topicName = topicName;
        this.partitions = partitions;
        this.retention = retention;
    }

    public String topicName() {
        return topicName;
    }

    public int partitions() {
        return partitions;
    }

    public Duration retention() {
        return retention;
    }

    public static ClusterTopic named(String topicName) {
        for (ClusterTopic topic : values()) {
            if (topic.topicName.equals(topicName)) {
                return topic;
            }
        }
        throw new IllegalArgumentException("No cluster topic '" + topicName + "'");
    }
}
