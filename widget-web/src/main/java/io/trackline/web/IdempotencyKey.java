package io.trackline.web;

import io.trackline.platform.api.InvalidFieldException;

/** The {@code Idempotency-Key} request header of the ingestion endpoints: optional, at most 128 characters. */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 128;

    private IdempotencyKey() {
    }

    /** The key, or {@code null} when the header is absent or blank. */
    public static String of(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String key = header.strip();
        if (key.length() > MAX_LENGTH) {
            throw new InvalidFieldException(HEADER, "must be at most " + MAX_LENGTH + " characters");
        }
        return key;
    }
}
