package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The OpenAPI document the server serves, as a partner gets it: without the paths of the tests' own probes
 * ({@code /it-probe/**}), which the test deployment adds, and the schemas only they use. Answers are checked
 * against it by {@link DescribedAnswers}, and so are its examples ({@link OpenApiExamples}); {@link OpenApiLint}
 * lints it.
 */
final class OpenApiDocument {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** The tests' own probes, which the served document describes and the tests leave out of it. */
    static final String PROBES = "/it-probe";
    static final String COMPONENTS = "#/components/";
    static final String SCHEMA_REF = COMPONENTS + "schemas/";

    private static OpenApiDocument served;

    private final JsonObject document;
    private final Map<String, JsonObject> operations;

    private OpenApiDocument(JsonObject document) {
        this.document = document;
        this.operations = operationsOf(document);
    }

    /** The document as first served to this test run: it does not change while the server runs. */
    static synchronized OpenApiDocument current() {
        if (served == null) {
            served = served();
        }
        return served;
    }

    private static OpenApiDocument served() {
        HttpResponse<String> response = Http.send(Http.request("/openapi")
                .header("Accept", "application/json").GET().build());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject served = Http.json(response);
        var paths = Json.createObjectBuilder();
        served.getJsonObject("paths").forEach((path, item) -> {
            if (!path.startsWith(PROBES)) {
                paths.add(path, item);
            }
        });
        JsonObject withoutProbes = Json.createObjectBuilder(served).add("paths", paths).build();
        return new OpenApiDocument(withoutSchemasOnlyProbesUsed(served, withoutProbes));
    }

    /** The document without the component schemas that only the probes' paths used. */
    private static JsonObject withoutSchemasOnlyProbesUsed(JsonObject served, JsonObject withoutProbes) {
        JsonObject schemas = served.getJsonObject("components").getJsonObject("schemas");
        Set<String> probes = reachable(schemas, served.getJsonObject("paths").entrySet().stream()
                .filter(path -> path.getKey().startsWith(PROBES)).map(Map.Entry::getValue).toList());
        Set<String> api = reachable(schemas, List.<JsonValue>of(withoutProbes.getJsonObject("paths")));
        var kept = Json.createObjectBuilder();
        schemas.forEach((name, schema) -> {
            if (api.contains(name) || !probes.contains(name)) {
                kept.add(name, schema);
            }
        });
        return Json.createObjectBuilder(withoutProbes).add("components", Json.createObjectBuilder(
                withoutProbes.getJsonObject("components")).add("schemas", kept)).build();
    }

    /** The component schemas the values refer to, and those these refer to, and so on. */
    private static Set<String> reachable(JsonObject schemas, List<JsonValue> from) {
        Set<String> found = references(from);
        Set<String> next = found;
        while (!next.isEmpty()) {
            next = references(next.stream().map(name -> schemas.get(name)).filter(Objects::nonNull).toList());
            next.removeAll(found);
            found.addAll(next);
        }
        return found;
    }

    /** The names of the component schemas that the values refer to. */
    private static Set<String> references(List<JsonValue> values) {
        Set<String> names = new HashSet<>();
        values.forEach(value -> walk(value, "#", (where, object) -> {
            if (object.get("$ref") instanceof JsonString ref && ref.getString().startsWith(SCHEMA_REF)) {
                names.add(ref.getString().substring(SCHEMA_REF.length()));
            }
        }));
        return names;
    }

    JsonObject json() {
        return document;
    }

    /** Every operation, as {@code "POST /api/auction/sp/keyword/{retailer_id}"}. */
    Map<String, JsonObject> operations() {
        return operations;
    }

    private static Map<String, JsonObject> operationsOf(JsonObject document) {
        Map<String, JsonObject> operations = new LinkedHashMap<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.put(method.toUpperCase() + " " + path, operation.asJsonObject());
            }
        }));
        return Collections.unmodifiableMap(operations);
    }

    /** Whether a reference names a component of the document: a schema, an example, and so on. */
    private boolean names(String ref) {
        String[] kindAndName = ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()).split("/", 2)
                : new String[0];
        return kindAndName.length == 2 && document.getJsonObject("components").get(kindAndName[0])
                instanceof JsonObject components && components.containsKey(kindAndName[1]);
    }

    /** Every {@code $ref} in the document that names nothing in it. */
    List<String> unresolvedReferences() {
        List<String> unresolved = new ArrayList<>();
        walk(document, "#", (where, object) -> {
            if (object.get("$ref") instanceof JsonString ref && !names(ref.getString())) {
                unresolved.add(where + ": " + ref.getString());
            }
        });
        return unresolved;
    }

    /** Every schema property whose name is not snake_case, where it is. */
    List<String> propertiesNotSnakeCase() {
        List<String> camel = new ArrayList<>();
        walk(document, "#", (where, object) -> {
            if (object.get("properties") instanceof JsonObject properties) {
                properties.keySet().stream().filter(name -> !name.matches("[a-z0-9_]+"))
                        .forEach(name -> camel.add(where + "/properties/" + name));
            }
        });
        return camel;
    }

    private static void walk(JsonValue value, String where, BiConsumer<String, JsonObject> visit) {
        if (value instanceof JsonObject object) {
            visit.accept(where, object);
            object.forEach((key, child) -> walk(child, where + "/" + key, visit));
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            var array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), where + "/" + i, visit);
            }
        }
    }
}
