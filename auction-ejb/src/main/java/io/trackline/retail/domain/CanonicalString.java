package io.trackline.retail.domain;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The string a retailer signs: the body's top-level parameters sorted by lower-cased name, their values
 * concatenated. A string gives its characters, a number its JSON text exactly as sent, a boolean
 * {@code true}/{@code false}, null nothing; an array its elements in order, an object its members sorted
 * the same way, recursively. Numbers are read as sent, never re-formatted, so {@code 1.50} stays "1.50".
 */
public final class CanonicalString {

    /** Looking the JSON provider up costs a class-loader search: once, not per request. */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private static final Comparator<Map.Entry<String, String>> BY_NAME = Comparator
            .comparing((Map.Entry<String, String> member) -> member.getKey().toLowerCase(Locale.ROOT))
            .thenComparing(Map.Entry::getKey);

    private CanonicalString() {
    }

    /** @throws jakarta.json.JsonException when the body is not JSON; IllegalArgumentException when not an object */
    public static String of(String json) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(json))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new IllegalArgumentException("A signed body is a JSON object");
            }
            return object(parser);
        }
    }

    private static String object(JsonParser parser) {
        List<Map.Entry<String, String>> members = new ArrayList<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            members.add(Map.entry(name, value(parser, parser.next())));
        }
        members.sort(BY_NAME);
        StringBuilder canonical = new StringBuilder();
        members.forEach(member -> canonical.append(member.getValue()));
        return canonical.toString();
    }

    private static String value(JsonParser parser, JsonParser.Event event) {
        return switch (event) {
            case VALUE_STRING, VALUE_NUMBER -> parser.getString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "";
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            default -> throw new IllegalStateException("Unexpected JSON event " + event);
        };
    }

    private static String array(JsonParser parser) {
        StringBuilder canonical = new StringBuilder();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            canonical.append(value(parser, event));
        }
        return canonical.toString();
    }
}
