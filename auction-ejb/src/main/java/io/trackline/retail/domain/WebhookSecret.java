package io.trackline.retail.domain;

import java.util.Base64;

/**
 * A signing key as the Standard Webhooks libraries take it: {@code whsec_} and the Base64 of the key's bytes.
 * Trackline's key bytes are the secret text's UTF-8 bytes, as the seed's scheme signs with them, so
 * {@code TEST-KEY} is {@code whsec_VEVTVC1LRVk=}: one key, two spellings, either scheme.
 */
public final class WebhookSecret {

    public static final String PREFIX = "whsec_";

    private WebhookSecret() {
    }

    public static String of(byte[] key) {
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }
}
