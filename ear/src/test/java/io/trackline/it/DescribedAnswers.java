package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Answers checked against the OpenAPI document the server serves ({@link OpenApiDocument#current()}): the
 * document must describe each answer's status (or its class, 4XX or 5XX), its media type, and its body, which
 * must match the schema made strict (JSON Schema 2020-12): every property the server sent must be described.
 * The JSON bodies the server took are checked likewise against the request bodies it describes.
 */
final class DescribedAnswers {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    /** Each described answer's schema, compiled once: the document does not change while the server runs. */
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();

    private DescribedAnswers() {
    }

    /** As {@link #assertDescribed(String, HttpResponse)}, for the operation whose path the request matches. */
    static void assertDescribed(HttpResponse<String> response) {
        assertDescribed(operation(response), response);
    }

    /**
     * Fails unless the JSON body of a request the server took (2xx) matches the request body the document
     * describes for it, made strict as the answers are; a refused request, and one to the tests' own probes,
     * is not checked.
     */
    static void assertRequestDescribed(HttpResponse<String> response, String body) {
        if (response.statusCode() / 100 != 2 || response.request().uri().getPath().startsWith(OpenApiDocument.PROBES)) {
            return;
        }
        String operation = operation(response);
        OpenApiDocument document = OpenApiDocument.current();
        JsonObject requestBody = document.operations().get(operation).getJsonObject("requestBody");
        assertNotNull(requestBody, operation + " describes no request body");
        JsonObject json = requestBody.getJsonObject("content").getJsonObject("application/json");
        assertNotNull(json, operation + " describes no JSON request body");
        Schema schema = COMPILED.computeIfAbsent(operation + " request",
                key -> compile(document, json.getJsonObject("schema")));
        List<String> errors = schema.validate(body, InputFormat.JSON).stream().map(Object::toString).toList();
        assertEquals(List.of(), errors, operation + " took " + body);
    }

    /** The operation ({@code "POST /api/event/click/{retailer_id}"}) whose path the request matches. */
    private static String operation(HttpResponse<String> response) {
        String path = response.request().uri().getPath();
        String template = OpenApiDocument.current().json().getJsonObject("paths").keySet().stream()
                .filter(candidate -> pattern(candidate).matcher(path).matches())
                .min(Comparator.comparingLong(candidate -> candidate.chars().filter(c -> c == '{').count()))
                .orElseThrow(() -> new AssertionError(path + " matches no path of the document"));
        return response.request().method() + " " + template;
    }

    /** Fails unless the document describes the answer that {@code operation} (e.g. {@code "GET /api/ping"}) gave. */
    static void assertDescribed(String operation, HttpResponse<String> response) {
        OpenApiDocument document = OpenApiDocument.current();
        JsonObject described = document.operations().get(operation);
        assertNotNull(described, operation + " is not in the document");
        JsonObject responses = described.getJsonObject("responses");
        String status = Integer.toString(response.statusCode());
        JsonObject answer = responses.containsKey(status) ? responses.getJsonObject(status)
                : responses.getJsonObject(status.charAt(0) + "XX");
        assertNotNull(answer, operation + " does not describe a " + status);
        if (response.body().isEmpty()) {
            return;
        }
        String mediaType = Http.contentType(response).split(";")[0].strip();
        JsonObject content = answer.getJsonObject("content");
        assertTrue(content != null && content.containsKey(mediaType),
                operation + " does not describe a " + status + " as " + mediaType);
        if (mediaType.endsWith("json")) {
            Schema schema = COMPILED.computeIfAbsent(operation + " " + status + " " + mediaType,
                    key -> compile(document, content.getJsonObject(mediaType).getJsonObject("schema")));
            List<String> errors = schema.validate(response.body(), InputFormat.JSON).stream()
                    .map(Object::toString).toList();
            assertEquals(List.of(), errors, operation + " answered " + response.body());
        }
    }

    /** Why the value does not match the schema made strict (nothing when it does), as an answer is checked. */
    static List<String> errors(JsonObject schema, JsonValue value) {
        if (schema == null) {
            return List.of("no schema to check it against");
        }
        return compile(OpenApiDocument.current(), schema).validate(value.toString(), InputFormat.JSON).stream()
                .map(Object::toString).toList();
    }

    /** The answer's schema made strict, with the document's components, as JSON Schema 2020-12. */
    private static Schema compile(OpenApiDocument document, JsonObject answerSchema) {
        String text = Json.createObjectBuilder(strict(answerSchema).asJsonObject())
                .add("$defs", strict(document.json().getJsonObject("components").getJsonObject("schemas")))
                .build().toString().replace(OpenApiDocument.SCHEMA_REF, "#/$defs/");
        return SCHEMAS.getSchema(text, InputFormat.JSON);
    }

    /** A path template as a pattern: each {@code {parameter}} stands for one segment. */
    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("\\{[^}]+}", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /** The schema, with every object that lists its properties closed to any other. */
    private static JsonValue strict(JsonValue value) {
        if (value instanceof JsonObject object) {
            var strict = Json.createObjectBuilder();
            object.forEach((key, child) -> strict.add(key, strict(child)));
            if (object.containsKey("properties") && !object.containsKey("additionalProperties")) {
                strict.add("additionalProperties", false);
            }
            return strict.build();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            var strict = Json.createArrayBuilder();
            value.asJsonArray().forEach(child -> strict.add(strict(child)));
            return strict.build();
        }
        return value;
    }
}
