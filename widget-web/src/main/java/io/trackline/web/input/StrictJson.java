package io.trackline.web.input;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.web.error.RequestBodyReading;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * JSON read the one strict way every API reads it: UTF-8 or refused; a key given twice in one object
 * refused (whichever value a parser kept, the other would be signed, logged or checked in its place); no
 * NUL character anywhere; at
 * most {@value #MAX_DEPTH} levels of nesting; numbers of at most {@value #MAX_NUMBER_DIGITS} digits and
 * decimal places. Each refusal names the offending member by its path, e.g. {@code lines[2].price};
 * malformed JSON is the caller's 400 saying where it broke.
 */
public final class StrictJson {

    static final int MAX_DEPTH = 32;
    static final int MAX_NUMBER_DIGITS = 100;
    private static final char REPLACEMENT = '\uFFFD';

    /** Looking the JSON provider up costs a class-loader search: once, not per request. */
    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

    private StrictJson() {
    }

    /** A body's bytes as JSON; bytes that are not UTF-8 are refused naming the member that holds them. */
    public static JsonValue parse(byte[] body) {
        Optional<String> text = Utf8Text.decode(body);
        if (text.isEmpty()) {
            throw new InvalidFieldException(memberWithReplacement(new String(body, StandardCharsets.UTF_8)),
                    Utf8Text.NOT_UTF8);
        }
        return parse(text.get());
    }

    public static JsonValue parse(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new InvalidFieldException("body", "a JSON body is required");
            }
            JsonValue value = value(parser, parser.next(), "", 0);
            if (parser.hasNext()) {
                throw new InvalidFieldException("body", "must be one JSON value, with nothing after it");
            }
            return value;
        } catch (JsonException e) {
            throw RequestBodyReading.rejection(e);
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, String path, int depth) {
        return switch (event) {
            case START_OBJECT -> object(parser, path, depth + 1);
            case START_ARRAY -> array(parser, path, depth + 1);
            case VALUE_STRING -> PROVIDER.createValue(Utf8Text.withoutNul(parser.getString(), field(path)));
            case VALUE_NUMBER -> PROVIDER.createValue(number(parser.getBigDecimal(), path));
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw new IllegalStateException("Unexpected JSON event " + event);
        };
    }

    private static JsonObject object(JsonParser parser, String path, int depth) {
        tooDeep(path, depth);
        JsonObjectBuilder object = BUILDERS.createObjectBuilder();
        Set<String> names = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String name = parser.getString();
            String at = path.isEmpty() ? name : path + "." + name;
            Utf8Text.withoutNul(name, at);
            if (!names.add(name)) {
                throw new InvalidFieldException(at, "is given more than once");
            }
            object.add(name, value(parser, parser.next(), at, depth));
        }
        return object.build();
    }

    private static JsonValue array(JsonParser parser, String path, int depth) {
        tooDeep(path, depth);
        JsonArrayBuilder array = BUILDERS.createArrayBuilder();
        int index = 0;
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            array.add(value(parser, event, path + "[" + index++ + "]", depth));
        }
        return array.build();
    }

    /**
     * A number no field takes, however it is written, is refused here: {@code 1e-999999999} is short text
     * for a value that would take a billion digits to round or store.
     */
    private static BigDecimal number(BigDecimal number, String path) {
        if (number.precision() > MAX_NUMBER_DIGITS || Math.abs(number.scale()) > MAX_NUMBER_DIGITS) {
            throw new InvalidFieldException(field(path), "is a number out of any field's range");
        }
        return number;
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static void tooDeep(String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidFieldException(path, "is nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    /** The path of the first member whose name or text holds a replacement character, else "body". */
    private static String memberWithReplacement(String lenient) {
        try {
            return memberWithReplacement(parse(lenient), "").orElse("body");
        } catch (RuntimeException unreadable) {
            return "body";
        }
    }

    private static Optional<String> memberWithReplacement(JsonValue value, String path) {
        if (value instanceof JsonString string) {
            return string.getString().indexOf(REPLACEMENT) >= 0 ? Optional.of(path.isEmpty() ? "body" : path)
                    : Optional.empty();
        }
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                String at = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                if (member.getKey().indexOf(REPLACEMENT) >= 0) {
                    return Optional.of(at);
                }
                Optional<String> found = memberWithReplacement(member.getValue(), at);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            int index = 0;
            for (JsonValue element : value.asJsonArray()) {
                Optional<String> found = memberWithReplacement(element, path + "[" + index++ + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
