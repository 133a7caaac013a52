package io.trackline.web.retail;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.web.error.RequestBodyReading;
import jakarta.json.Json;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;

/** A signed request's body as a JSON object: required, and malformed JSON is the caller's 400. */
final class SignedJson {

    /** Looking the JSON provider up costs a class-loader search: once, not per request. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private SignedJson() {
    }

    static JsonObject object(String body) {
        if (body.isBlank()) {
            throw new InvalidFieldException("body", "a JSON body is required");
        }
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw new InvalidFieldException("body", "must be a JSON object");
            }
            return object;
        } catch (JsonException e) {
            throw RequestBodyReading.rejection(e);
        }
    }
}
