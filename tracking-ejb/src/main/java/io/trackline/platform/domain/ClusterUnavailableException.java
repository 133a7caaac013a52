package io.trackline.platform.domain;

/** Kafka did not take a message that had to be durable before the caller answers. */
public class ClusterUnavailableException extends RuntimeException {

    public ClusterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
