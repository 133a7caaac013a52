package io.trackline.web.retail;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.web.error.RequestBodyReading;
import jakarta.json.Json;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;

/**
 * A signed request's body as a JSON object (required; malformed JSON is the caller's 400), and its string
 * members, checked the one way every retail request checks them.
 */
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

    /** A string member that must be there: non-blank, at most {@code maxLength} characters, stripped. */
    static String text(JsonObject json, String name, int maxLength) {
        return text(json, name, name, maxLength);
    }

    /** @param field what the caller knows the member by, e.g. {@code products[3].name} */
    static String text(JsonObject json, String name, String field, int maxLength) {
        String value = optionalText(json, name, field, maxLength);
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    /** The same, or {@code null} when the member is absent or null. */
    static String optionalText(JsonObject json, String name, String field, int maxLength) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string) || string.getString().isBlank()
                || string.getString().length() > maxLength) {
            throw new InvalidFieldException(field, "must be a non-empty string of at most " + maxLength
                    + " characters");
        }
        return string.getString().strip();
    }
}
