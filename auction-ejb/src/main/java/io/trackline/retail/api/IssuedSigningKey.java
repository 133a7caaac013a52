package io.trackline.retail.api;

/** A signing key just made: its secret is in this answer and nowhere else (stored sealed). */
public record IssuedSigningKey(SigningKeyView key, String secret) {
}
