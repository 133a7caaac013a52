package io.trackline.platform.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** The small JSON objects the cluster bus carries: written to bytes and read back, absent fields left out. */
public final class JsonMessages {

    private JsonMessages() {
    }

    public static byte[] bytes(JsonObjectBuilder json) {
        return json.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    public static JsonObject read(byte[] value) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(value))) {
            return reader.readObject();
        }
    }

    /** Adds the field unless its value is {@code null} (read back with a {@code null} default). */
    public static JsonObjectBuilder addIfPresent(JsonObjectBuilder json, String name, String value) {
        return value == null ? json : json.add(name, value);
    }
}
