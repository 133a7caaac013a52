package io.trackline.web.mmp;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.web.input.StrictJson;
import io.trackline.web.input.UrlParameters;
import io.trackline.web.input.Utf8Text;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters in an S2S request body: a form ({@code application/x-www-form-urlencoded}) or a JSON
 * object, read the strict way ({@link io.trackline.web.input}). In JSON, numbers and booleans count as
 * their text; only {@value #STRUCTURED} may be an object or an array (kept as its JSON). Any other content
 * type with a body is refused (415).
 */
final class S2SBody {

    /** The one parameter whose value may be structured: "any additional data", the seed says. */
    static final String STRUCTURED = "event_value";

    private S2SBody() {
    }

    static Map<String, String> parse(MediaType type, byte[] body) {
        if (isBlank(body)) {
            return Map.of();
        }
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return form(Utf8Text.decode(body).orElseThrow(() -> new InvalidFieldException("body",
                    "is not valid UTF-8")));
        }
        if (type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json"))) {
            return json(body);
        }
        throw new NotSupportedException("An S2S body is a form or a JSON object.");
    }

    static Map<String, String> form(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        UrlParameters.parse(text.strip()).forEach((name, given) -> given.forEach(value ->
                keepFirst(values, name, value)));
        return values;
    }

    static Map<String, String> json(byte[] body) {
        if (!(StrictJson.parse(body) instanceof JsonObject object)) {
            throw new InvalidFieldException("body", "must be a JSON object of parameters");
        }
        Map<String, String> values = new LinkedHashMap<>();
        object.forEach((name, value) -> {
            switch (value.getValueType()) {
                case NULL -> { }
                case STRING -> values.put(name, ((JsonString) value).getString());
                case OBJECT, ARRAY -> {
                    if (!STRUCTURED.equals(name)) {
                        throw new InvalidFieldException(name, "must be a single value: only " + STRUCTURED
                                + " may be an object or an array");
                    }
                    values.put(name, value.toString());
                }
                default -> values.put(name, value.toString());
            }
        });
        return values;
    }

    /**
     * Adds a parameter unless an earlier one of the same name has a non-blank value; two different
     * non-blank values of one name (the query string's and the body's, say) are refused.
     */
    static void keepFirst(Map<String, String> values, String name, String value) {
        String earlier = values.get(name);
        if (earlier == null || earlier.isBlank()) {
            values.put(name, value);
        } else {
            UrlParameters.refuseConflicts(name, List.of(earlier, value));
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
