package io.trackline.retail.api;

/**
 * A signed retail request as received, for its check: the body's bytes exactly as sent (what Standard
 * Webhooks signs) and its text (what the seed's canonical string is made of), the seed's
 * {@code X-STREAEM-HASH} header, and the three {@code webhook-*} headers; any header may be {@code null}.
 */
public record ReceivedSignature(byte[] body, String text, String streaemHash, String webhookId,
                                String webhookTimestamp, String webhookSignature) {
}
