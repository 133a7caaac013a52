package io.trackline.platform.api;

/** Whether this node runs in a cluster, under which name, and whether it has joined (reached Kafka) yet. */
public interface ClusterMembership {

    String nodeId();

    /** {@code true} when {@code TRACKLINE_KAFKA_BOOTSTRAP_SERVERS} is set. */
    boolean clustered();

    /**
     * Alone: always. Clustered: once the node has found where its topics end, so that it hears what the others
     * publish from then on; a later Kafka outage leaves it joined (it serves on, and reads on once Kafka is back).
     */
    boolean joined();
}
