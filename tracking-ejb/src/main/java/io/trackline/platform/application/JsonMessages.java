package io.trackline.platform.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * The small JSON objects the cluster bus carries: written to bytes and read back, absent fields left out.
 * Builders and readers come from factories made once: {@code Json.createObjectBuilder()} looks its provider
 * up anew on every call, which the benchmark's profiles showed on the postback path.
 */
public final class JsonMessages {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonMessages() {
    }

    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    public static JsonArrayBuilder array(Collection<?> values) {
        return BUILDERS.createArrayBuilder(values);
    }

    public static byte[] bytes(JsonObjectBuilder json) {
        return json.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    public static JsonObject read(byte[] value) {
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(value))) {
            return reader.readObject();
        }
    }

    /** Adds the field unless its value is {@code null} (read back with a {@code null} default). */
    public static JsonObjectBuilder addIfPresent(JsonObjectBuilder json, String name, String value) {
        return value == null ? json : json.add(name, value);
    }
}
