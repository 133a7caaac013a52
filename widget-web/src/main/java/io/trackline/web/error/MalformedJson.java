package io.trackline.web.error;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;

/**
 * Says what was wrong with a JSON body in the caller's terms: where the syntax broke, or which property
 * had a value of the wrong kind. Java class names stay out of it.
 */
final class MalformedJson {

    private static final String GENERIC = "The body is not valid JSON for this request.";

    private MalformedJson() {
    }

    static String describe(Throwable exception) {
        JsonParsingException syntax = null;
        JsonbException binding = null;
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParsingException parsing) {
                syntax = parsing;
            } else if (cause instanceof JsonbException jsonb && binding == null) {
                binding = jsonb;
            }
        }
        if (syntax != null) {
            return atLocation(syntax);
        }
        if (binding != null && binding.getMessage() != null) {
            return withoutClassNames(binding.getMessage());
        }
        return GENERIC;
    }

    private static String atLocation(JsonParsingException syntax) {
        JsonLocation location = syntax.getLocation();
        String where = location == null ? ""
                : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
        return "Invalid JSON" + where + ": " + withoutClassNames(syntax.getMessage());
    }

    /** "Cannot deserialize ... into type: class java.lang.Integer" becomes "... into type: Integer". */
    static String withoutClassNames(String message) {
        return message.replaceAll("(class |interface )?(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)", "$2");
    }
}
