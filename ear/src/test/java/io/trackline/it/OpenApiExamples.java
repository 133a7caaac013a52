package io.trackline.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of the OpenAPI document, each with the schema it illustrates: those of the request bodies and
 * answers (inline, or a component example they refer to), of the parameters, and of the component schemas.
 * {@link #errors()} checks each against its schema as {@link DescribedAnswers} checks a real answer.
 */
final class OpenApiExamples {

    private static final String EXAMPLE_REF = OpenApiDocument.COMPONENTS + "examples/";

    /** An example, where it is in the document, and the schema it illustrates. */
    record Example(String where, JsonValue value, JsonObject schema) {
    }

    private final JsonObject document;
    private final List<Example> examples = new ArrayList<>();
    private final List<String> bodiesWithoutExamples = new ArrayList<>();

    OpenApiExamples(OpenApiDocument document) {
        this.document = document.json();
        this.document.getJsonObject("paths").forEach((path, item) -> {
            String at = "#/paths/" + path;
            parameters(item.asJsonObject(), at);
            item.asJsonObject().forEach((method, operation) -> {
                if (OpenApiDocument.METHODS.contains(method)) {
                    operation(operation.asJsonObject(), at + "/" + method);
                }
            });
        });
        schemas(this.document.getJsonObject("components").getJsonObject("schemas"), "#/components/schemas");
    }

    List<Example> all() {
        return examples;
    }

    /**
     * The bodies that ought to have an example and have none: every request body, and every JSON answer
     * (problems' too).
     */
    List<String> bodiesWithoutExamples() {
        return bodiesWithoutExamples;
    }

    /** Each example that its schema (made strict, as for real answers) does not take, and why. */
    List<String> errors() {
        return examples.stream().flatMap(example -> DescribedAnswers.errors(example.schema(), example.value())
                .stream().map(error -> example.where() + ": " + error)).toList();
    }

    private void operation(JsonObject operation, String at) {
        parameters(operation, at);
        if (operation.get("requestBody") instanceof JsonObject body && body.get("content") instanceof JsonObject content) {
            content.forEach((mediaType, described) -> mediaType(described.asJsonObject(),
                    at + "/requestBody/content/" + mediaType, true));
        }
        operation.getJsonObject("responses").forEach((status, response) -> {
            if (response.asJsonObject().get("content") instanceof JsonObject content) {
                content.forEach((mediaType, described) -> mediaType(described.asJsonObject(),
                        at + "/responses/" + status + "/content/" + mediaType, mediaType.endsWith("json")));
            }
        });
    }

    private void mediaType(JsonObject mediaType, String at, boolean needsExample) {
        int before = examples.size();
        examplesOf(mediaType, mediaType.getJsonObject("schema"), at);
        if (needsExample && examples.size() == before) {
            bodiesWithoutExamples.add(at);
        }
    }

    private void parameters(JsonObject holder, String at) {
        if (holder.get("parameters") instanceof JsonArray parameters) {
            parameters.forEach(parameter -> examplesOf(parameter.asJsonObject(),
                    parameter.asJsonObject().getJsonObject("schema"),
                    at + "/parameters/" + parameter.asJsonObject().getString("name")));
        }
    }

    /** The {@code example}, and each of the {@code examples} (resolving a component's reference). */
    private void examplesOf(JsonObject described, JsonObject schema, String at) {
        if (described.containsKey("example")) {
            examples.add(new Example(at + "/example", described.get("example"), schema));
        }
        if (described.get("examples") instanceof JsonObject named) {
            named.forEach((name, example) -> examples.add(new Example(at + "/examples/" + name,
                    valueOf(example.asJsonObject()), schema)));
        }
    }

    private JsonValue valueOf(JsonObject example) {
        if (example.get("$ref") instanceof JsonString ref && ref.getString().startsWith(EXAMPLE_REF)) {
            JsonObject component = document.getJsonObject("components").getJsonObject("examples")
                    .getJsonObject(ref.getString().substring(EXAMPLE_REF.length()));
            if (component == null) {
                throw new AssertionError(ref.getString() + " names no component example");
            }
            return component.get("value");
        }
        return example.get("value");
    }

    /** A schema's own {@code examples} (JSON Schema's list of values), in every schema it holds. */
    private void schemas(JsonValue value, String at) {
        if (value instanceof JsonObject object) {
            if (object.get("examples") instanceof JsonArray listed) {
                for (int i = 0; i < listed.size(); i++) {
                    examples.add(new Example(at + "/examples/" + i, listed.get(i), object));
                }
            }
            object.forEach((key, child) -> {
                if (!key.equals("examples")) {
                    schemas(child, at + "/" + key);
                }
            });
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(child -> schemas(child, at));
        }
    }
}
