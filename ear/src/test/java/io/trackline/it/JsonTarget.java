package io.trackline.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * An endpoint that takes a JSON body, as the bad-input corpus attacks it: a valid body, member by member
 * (raw JSON values), a string field with its length limit, and optionally a whole-number field with the
 * values it must refuse (each field may sit inside a top-level member, e.g. {@code lines[0].quantity}).
 * {@link #hostile()} makes every hostile variant of the body that applies, each refused for one reason.
 *
 * @param sign          how a body gets its credentials (a signature over it, a bearer token...)
 * @param strictMembers whether a member the endpoint does not define is refused (JSON APIs; not the MMP's)
 */
record JsonTarget(String name, String method, String path, Map<String, String> members, Field text,
                  int textLimit, Field whole, List<String> notWhole, UnaryOperator<HostileRequest> sign,
                  boolean strictMembers) {

    /** What no whole-number field takes, and a value below the field's range. */
    static List<String> notWhole(String belowRange, boolean textIsAName) {
        List<String> values = new ArrayList<>(List.of("18446744073709551617", "2.5", "1e999999999", belowRange));
        if (!textIsAName) {
            values.add("\"3\"");
        }
        return values;
    }

    /**
     * A field: its wire path, the top-level member that holds it, and that member's raw JSON with the field
     * at a raw value ({@code null}: the field left out).
     */
    record Field(String path, String member, Function<String, String> holding) {

        static Field top(String member) {
            return new Field(member, member, value -> value);
        }
    }

    static final String BAD_UTF8_MARK = "@@not-utf8@@";

    List<HostileRequest> hostile() {
        List<HostileRequest> corpus = new ArrayList<>();
        String first = members.keySet().iterator().next();
        add(corpus, "a key given twice", render(members).replaceFirst("}$", ",\"" + first + "\":"
                + other(members.get(first)) + "}"), first);
        if (strictMembers) {
            add(corpus, "a member it does not define", render(members).replaceFirst("}$", ",\"uie\":\"56789\"}"),
                    "uie");
        }
        String field = text.path();
        corpus.add(request("bytes that are not UTF-8 in " + field, notUtf8(render(with(text, "\"" + BAD_UTF8_MARK
                + "\""))), field));
        add(corpus, "an overlong " + field, render(with(text, "\"" + "x".repeat(textLimit + 1) + "\"")), field);
        add(corpus, "a NUL character in " + field, render(with(text, "\"a\\u0000b\"")), field);
        add(corpus, "nesting 40 deep in " + field, render(with(text, "[".repeat(40) + "]".repeat(40))), null);
        add(corpus, field + " left out", render(with(text, null)), field);
        add(corpus, "an array for a body", "[" + render(members) + "]", null);
        add(corpus, "a truncated body", render(members).substring(0, render(members).length() - 1), null);
        add(corpus, "something after the body", render(members) + " {}", null);
        add(corpus, "an empty body", "", null);
        corpus.add(sign.apply(HostileRequest.body("a body that is not JSON", method, path, "text/plain",
                HostileRequest.utf8(render(members)), null)));
        if (whole != null) {
            for (String number : notWhole) {
                add(corpus, whole.path() + " " + number, render(with(whole, number)), whole.path());
            }
        }
        return corpus;
    }

    private void add(List<HostileRequest> corpus, String description, String json, String field) {
        corpus.add(request(description, HostileRequest.utf8(json), field));
    }

    private HostileRequest request(String description, byte[] body, String field) {
        return sign.apply(HostileRequest.body(name + ": " + description, method, path, "application/json", body,
                field));
    }

    /** The body with the field at that raw value, or without it ({@code null}). */
    private Map<String, String> with(Field field, String rawValue) {
        Map<String, String> changed = new LinkedHashMap<>(members);
        String held = field.holding().apply(rawValue);
        if (held == null) {
            changed.remove(field.member());
        } else {
            changed.put(field.member(), held);
        }
        return changed;
    }

    static String render(Map<String, String> members) {
        StringBuilder json = new StringBuilder("{");
        members.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value));
        return json.append('}').toString();
    }

    /** Another value of the same kind, so that the two copies of a key differ. */
    private static String other(String rawValue) {
        return rawValue.startsWith("\"") ? "\"other\"" : rawValue.startsWith("[") || rawValue.startsWith("{")
                ? rawValue : "2";
    }

    /** The JSON with the mark replaced by an invalid UTF-8 sequence (0xC3 then '('). */
    private static byte[] notUtf8(String json) {
        String[] parts = json.split(BAD_UTF8_MARK, -1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(parts[0].getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);
        bytes.write('(');
        bytes.writeBytes(parts[1].getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
