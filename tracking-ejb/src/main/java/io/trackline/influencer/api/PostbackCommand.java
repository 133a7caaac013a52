package io.trackline.influencer.api;

/**
 * A validated postback. {@code eventType} is never null (a postback without one counts as
 * {@code default}); {@code ip} is only ever hashed; {@code requestHash} fingerprints the request so that
 * a retry under the same idempotency key can be told from a different request (it is only computed when
 * there is a key).
 */
public record PostbackCommand(CustomerRef customer, String product, String influencerId, String eventType,
                              String eventName, String campaign, String medium, String source, String ip,
                              String country, String userAgent, String idempotencyKey, String requestHash) {

    /** The event type of a postback that names none. */
    public static final String DEFAULT_EVENT_TYPE = "default";
}
