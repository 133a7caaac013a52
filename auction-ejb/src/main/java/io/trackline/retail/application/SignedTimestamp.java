package io.trackline.retail.application;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.ReplayedRequestException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;

/**
 * The signed {@code ts} (unix seconds) a seed-signed request of a retailer with replay protection carries in
 * its body: required, and within {@value #WINDOW_SECONDS} s of now either way, so that a captured request
 * is good for ten minutes at most (and remembered for longer: {@link ReplayProtection}).
 */
final class SignedTimestamp {

    static final long WINDOW_SECONDS = 300;

    /** Looking the JSON provider up costs a class-loader search: once, not per request. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private SignedTimestamp() {
    }

    static void check(String body, Instant now) {
        String timestamp = timestamp(body);
        if (timestamp == null) {
            throw new InvalidFieldException("ts", "is required: this retailer's requests are replay-protected");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("ts", "must be unix seconds");
        }
        if (Math.abs(now.getEpochSecond() - seconds) > WINDOW_SECONDS) {
            throw new ReplayedRequestException("The request's ts is more than " + WINDOW_SECONDS
                    + " s away from now.");
        }
    }

    /** The body's {@code ts} as text; {@code null} when absent, null, or the body is not an object. */
    private static String timestamp(String body) {
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            JsonValue ts = reader.readObject().get("ts");
            if (ts == null || ts.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            return ts instanceof JsonString text ? text.getString() : ts.toString();
        } catch (JsonException | ClassCastException e) {
            return null;
        }
    }
}
