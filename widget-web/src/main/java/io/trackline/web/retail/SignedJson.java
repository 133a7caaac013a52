package io.trackline.web.retail;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.web.input.StrictJson;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A signed request's body as a JSON object, and its members, checked the one way every retail request
 * checks them: no member the request does not define ({@code ts}, the replay-protection timestamp, is
 * every request's), strings within their length, whole numbers whole and within their range.
 */
final class SignedJson {

    /** The member every signed body may carry: unix seconds, for retailers under replay protection. */
    static final String TIMESTAMP = "ts";

    private SignedJson() {
    }

    /** The body's JSON as an object; none (no body) or another JSON value is the caller's 400. */
    static JsonObject object(JsonValue json) {
        if (json == null) {
            throw new InvalidFieldException("body", "a JSON body is required");
        }
        if (!(json instanceof JsonObject object)) {
            throw new InvalidFieldException("body", "must be a JSON object");
        }
        return object;
    }

    /** A body's text as an object, read the strict way. */
    static JsonObject object(String text) {
        return object(text.isBlank() ? null : StrictJson.parse(text));
    }

    /**
     * Refuses a member the request does not define.
     *
     * @param at where the object is, e.g. {@code "lines[2]."}; empty at the top
     */
    static void only(JsonObject json, String at, Set<String> names) {
        for (String name : json.keySet()) {
            if (!names.contains(name) && !(at.isEmpty() && TIMESTAMP.equals(name))) {
                throw new InvalidFieldException(at + name, "is not a field of this request");
            }
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

    /** A whole number from {@code min} to {@code max}, or {@code null} when absent or null. */
    static Long optionalWhole(JsonValue value, String field, long min, long max) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || number.bigDecimalValue().stripTrailingZeros().scale() > 0
                || number.bigDecimalValue().compareTo(BigDecimal.valueOf(min)) < 0
                || number.bigDecimalValue().compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidFieldException(field, "must be a whole number from " + min + " to " + max);
        }
        return number.longValue();
    }

    /** The same, required. */
    static long whole(JsonValue value, String field, long min, long max) {
        Long whole = optionalWhole(value, field, min, max);
        if (whole == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return whole;
    }
}
