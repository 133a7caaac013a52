package io.trackline.influencer.domain;

/** The descriptive fields of a postback as stored (the IP is not among them). */
public record PostbackDetails(String eventType, String eventName, String medium, String source, String country,
                              String userAgent, String idempotencyKey, String requestHash) {
}
