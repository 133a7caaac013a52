package io.trackline.retail.api;

/**
 * A signing key just made: its secret is in this answer and nowhere else (stored sealed). {@code secret} is
 * the text the seed's {@code X-STREAEM-HASH} signs with; {@code webhookSecret} the same key as the Standard
 * Webhooks libraries take it ({@code whsec_} and the Base64 of the secret's UTF-8 bytes).
 */
public record IssuedSigningKey(SigningKeyView key, String secret, String webhookSecret) {
}
