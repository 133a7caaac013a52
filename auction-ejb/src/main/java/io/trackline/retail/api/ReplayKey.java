package io.trackline.retail.api;

/**
 * What makes a signed request one of a kind, for the requests that may succeed once: a Standard Webhooks
 * request by its {@code webhook-id} (its idempotency key: a repeat with the same body gets the first answer),
 * a seed-signed request of a retailer with replay protection by its signature (a repeat is refused).
 */
public record ReplayKey(long retailerId, Kind kind, String value) {

    /** Which of the two a key is. */
    public enum Kind {
        WEBHOOK_ID, SIGNATURE
    }

    public static ReplayKey webhookId(long retailerId, String webhookId) {
        return new ReplayKey(retailerId, Kind.WEBHOOK_ID, webhookId);
    }

    public static ReplayKey signature(long retailerId, String signature) {
        return new ReplayKey(retailerId, Kind.SIGNATURE, signature);
    }

    /** Whether a repeat of the same request is answered as the first (else it is refused). */
    public boolean answersRepeats() {
        return kind == Kind.WEBHOOK_ID;
    }
}
