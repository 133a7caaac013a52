package io.trackline.web.mmp;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.web.error.RequestBodyReading;
import jakarta.json.Json;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters in an S2S request body: a form ({@code application/x-www-form-urlencoded}) or a JSON
 * object. In JSON, numbers and booleans count as their text, and an object or array (an {@code event_value}
 * for instance) as its JSON. Any other content type with a body is refused (415).
 */
final class S2SBody {

    /** Looking the JSON provider up costs a class-loader search: once, not per request. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private S2SBody() {
    }

    static Map<String, String> parse(MediaType type, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return Map.of();
        }
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return form(text);
        }
        if (type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json"))) {
            return json(text);
        }
        throw new NotSupportedException("An S2S body is a form or a JSON object.");
    }

    static Map<String, String> form(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            keepFirst(values, name, value);
        }
        return values;
    }

    static Map<String, String> json(String text) {
        JsonStructure structure;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            structure = reader.read();
        } catch (JsonException e) {
            throw RequestBodyReading.rejection(e);
        }
        if (!(structure instanceof JsonObject object)) {
            throw new InvalidFieldException("body", "must be a JSON object of parameters");
        }
        Map<String, String> values = new LinkedHashMap<>();
        object.forEach((name, value) -> {
            if (value.getValueType() != JsonValue.ValueType.NULL) {
                values.put(name, value instanceof JsonString string ? string.getString() : value.toString());
            }
        });
        return values;
    }

    /** Adds a parameter unless an earlier one of the same name has a non-blank value. */
    static void keepFirst(Map<String, String> values, String name, String value) {
        String earlier = values.get(name);
        if (earlier == null || earlier.isBlank()) {
            values.put(name, value);
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("body", "is not a well-formed form: " + e.getMessage());
        }
    }
}
