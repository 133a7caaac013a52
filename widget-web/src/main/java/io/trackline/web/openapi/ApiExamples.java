package io.trackline.web.openapi;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The document's examples, read from {@code examples.json} beside this class, which holds them as they go on
 * the wire:
 * <ul>
 *   <li>{@code components}: shared examples, such as the problems every operation may answer;</li>
 *   <li>{@code parameters}: a parameter's example by its name (a name means the same thing on every path),
 *   written as it appears in the URL or header and given the parameter's schema type here;</li>
 *   <li>{@code operations}: by operation id, a {@code request} body (the same object for each of its media
 *   types: a form and a JSON body take the same parameters) and {@code responses}, by status and media type.</li>
 * </ul>
 * An example of a response, media type or request body the operation does not have is an error: it would be
 * an example of nothing (and {@code ApiExamplesTest} holds every operation id here to one a resource declares).
 */
final class ApiExamples {

    /** The component example of a refused request (4XX). */
    static final String REFUSED = "InvalidRequestProblem";
    /** The component example of an answer Trackline could not give (5XX). */
    static final String UNAVAILABLE = "StoreUnavailableProblem";

    private final JsonObject examples;

    private ApiExamples(JsonObject examples) {
        this.examples = examples;
    }

    static ApiExamples read() {
        try (InputStream in = Objects.requireNonNull(ApiExamples.class.getResourceAsStream("examples.json"),
                "examples.json is missing"); JsonReader reader = Json.createReader(in)) {
            return new ApiExamples(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared examples, as the document's component examples. */
    void addComponents(Components components) {
        examples.getJsonObject("components").forEach((name, example) -> components.addExample(name,
                OASFactory.createExample().summary(example.asJsonObject().getString("summary"))
                        .value(valueOf(example.asJsonObject().get("value")))));
    }

    /** The operation ids that have examples. */
    List<String> operationIds() {
        return List.copyOf(examples.getJsonObject("operations").keySet());
    }

    /** Gives the document's operations and parameters their examples. */
    void describe(OpenAPI document) {
        if (document.getPaths() == null) {
            return;
        }
        for (PathItem path : document.getPaths().getPathItems().values()) {
            describe(path.getParameters());
            for (Operation operation : path.getOperations().values()) {
                describe(operation.getParameters());
                describe(operation);
            }
        }
    }

    private void describe(Operation operation) {
        JsonObject described = examples.getJsonObject("operations").getJsonObject(operation.getOperationId());
        if (described == null) {
            return;
        }
        if (described.containsKey("request")) {
            Object request = valueOf(described.get("request"));
            mediaTypes(operation.getRequestBody() == null ? null : operation.getRequestBody().getContent(),
                    operation.getOperationId() + " request")
                    .forEach(mediaType -> mediaType.setExample(request));
        }
        JsonValue responses = described.getOrDefault("responses", JsonValue.EMPTY_JSON_OBJECT);
        responses.asJsonObject().forEach((status, byMediaType) -> {
            APIResponse response = operation.getResponses().getAPIResponse(status);
            Content content = response == null ? null : response.getContent();
            byMediaType.asJsonObject().forEach((name, example) -> {
                MediaType mediaType = content == null ? null : content.getMediaType(name);
                if (mediaType == null) {
                    throw new IllegalStateException("examples.json: " + operation.getOperationId()
                            + " answers no " + status + " as " + name);
                }
                mediaType.setExample(valueOf(example));
            });
        });
    }

    private static Stream<MediaType> mediaTypes(Content content, String what) {
        if (content == null || content.getMediaTypes().isEmpty()) {
            throw new IllegalStateException("examples.json: " + what + " has no body");
        }
        return content.getMediaTypes().values().stream();
    }

    private void describe(List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        JsonObject byName = examples.getJsonObject("parameters");
        parameters.stream()
                .filter(parameter -> parameter.getExample() == null
                        && (parameter.getExamples() == null || parameter.getExamples().isEmpty()))
                .filter(parameter -> byName.containsKey(parameter.getName()))
                .forEach(parameter -> parameter.setExample(typed(byName.getString(parameter.getName()),
                        parameter.getSchema())));
    }

    /** The parameter's text as its schema's type says; text it cannot be stays text, for the tests to see. */
    static Object typed(String text, Schema schema) {
        List<SchemaType> types = schema == null || schema.getType() == null ? List.of() : schema.getType();
        try {
            if (types.contains(SchemaType.INTEGER)) {
                return new BigInteger(text);
            }
            if (types.contains(SchemaType.NUMBER)) {
                return new BigDecimal(text);
            }
        } catch (NumberFormatException e) {
            return text;
        }
        if (types.contains(SchemaType.BOOLEAN) && (text.equals("true") || text.equals("false"))) {
            return Boolean.valueOf(text);
        }
        return text;
    }

    /** A JSON value as the document's model holds one: maps, lists, strings, numbers and booleans. */
    static Object valueOf(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                value.asJsonObject().forEach((name, member) -> object.put(name, valueOf(member)));
                yield object;
            }
            case ARRAY -> value.asJsonArray().stream().map(ApiExamples::valueOf).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? ((JsonNumber) value).bigIntegerValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> throw new IllegalArgumentException("examples.json: leave an absent value out, not null");
        };
    }
}
