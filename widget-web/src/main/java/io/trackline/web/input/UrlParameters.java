package io.trackline.web.input;

import io.trackline.platform.api.InvalidFieldException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameters as a query string or a form body carries them ({@code a=1&b=2}), decoded strictly (UTF-8,
 * well-formed escapes). A parameter may come more than once only with one value: the same value again, or
 * an empty one (the seed's own examples repeat {@code event_id=} empty); two different values are
 * refused, since whichever one a reader kept, the other one was what someone meant.
 */
public final class UrlParameters {

    private UrlParameters() {
    }

    /** Each name with its values in order, checked; an empty or absent text has none. */
    public static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = Utf8Text.percentDecoded(equals < 0 ? pair : pair.substring(0, equals), "parameter name",
                    true);
            String value = equals < 0 ? "" : Utf8Text.percentDecoded(pair.substring(equals + 1), name, true);
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        parameters.forEach(UrlParameters::refuseConflicts);
        return parameters;
    }

    /** Refuses a parameter given twice with two different non-blank values. */
    public static void refuseConflicts(String name, List<String> values) {
        String kept = null;
        for (String value : values) {
            if (value.isBlank()) {
                continue;
            }
            if (kept != null && !kept.strip().equals(value.strip())) {
                throw new InvalidFieldException(name, "is given more than once with different values");
            }
            kept = value;
        }
    }
}
