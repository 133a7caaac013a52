package io.trackline.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;
import org.junit.jupiter.api.Test;

class ApiExamplesTest {

    private final ApiExamples examples = ApiExamples.read();

    @Test
    void everyExampleIsOfAnOperationTheResourcesDeclare() throws Exception {
        Set<String> declared = declaredOperationIds();

        assertTrue(declared.size() >= 34, declared.toString());
        assertEquals(Set.of(), examples.operationIds().stream().filter(id -> !declared.contains(id))
                .collect(Collectors.toSet()));
    }

    @Test
    void anOperationGetsItsBodyAnswerAndParameterExamplesAndTheProblemsAreShared() {
        Parameter retailer = OASFactory.createParameter().name("retailer_id").in(In.PATH)
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER));
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(
                "/api/admin/retailers/{retailer_id}", OASFactory.createPathItem().PATCH(OASFactory.createOperation()
                        .operationId("changeRetailer").addParameter(retailer)
                        .requestBody(OASFactory.createRequestBody().content(json()))
                        .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                                OASFactory.createAPIResponse().content(json()))))));
        new ApiDocumentFilter().filterOpenAPI(document);

        var operation = document.getPaths().getPathItem("/api/admin/retailers/{retailer_id}").getOperations()
                .get(HttpMethod.PATCH);
        assertEquals(Map.of("signature_scheme", "standard_webhooks"),
                operation.getRequestBody().getContent().getMediaType("application/json").getExample());
        assertInstanceOf(Map.class, operation.getResponses().getAPIResponse("200").getContent()
                .getMediaType("application/json").getExample());
        assertEquals(BigInteger.valueOf(7), retailer.getExample());
        assertTrue(document.getComponents().getExamples().keySet()
                .containsAll(Set.of(ApiExamples.REFUSED, ApiExamples.UNAVAILABLE)));
    }

    @Test
    void anOperationThatAnswersWithoutABodyHasOnlyItsRequestExample() {
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(
                "/tracker/{access_key}/test-alert", OASFactory.createPathItem().POST(OASFactory.createOperation()
                        .operationId("testAlert").requestBody(OASFactory.createRequestBody().content(json()))
                        .responses(OASFactory.createAPIResponses().addAPIResponse("202",
                                OASFactory.createAPIResponse())))));

        examples.describe(document);

        assertEquals(Map.of("product", "product", "influencer_id", "influ_test", "event_type", "reg"),
                document.getPaths().getPathItem("/tracker/{access_key}/test-alert").getOperations()
                        .get(HttpMethod.POST).getRequestBody().getContent().getMediaType("application/json")
                        .getExample());
    }

    @Test
    void anExampleOfAnAnswerTheOperationDoesNotGiveIsAnError() {
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/api/ping",
                OASFactory.createPathItem().GET(OASFactory.createOperation().operationId("click")
                        .responses(OASFactory.createAPIResponses().addAPIResponse("302",
                                OASFactory.createAPIResponse())))));

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> examples.describe(document));

        assertTrue(thrown.getMessage().contains("click answers no 200"), thrown.getMessage());
    }

    @Test
    void aParameterExampleTakesItsSchemasTypeOrStaysText() {
        assertEquals(BigInteger.valueOf(7), ApiExamples.typed("7", OASFactory.createSchema()
                .addType(SchemaType.INTEGER)));
        assertEquals("7", ApiExamples.typed("7", OASFactory.createSchema().addType(SchemaType.STRING)));
        assertEquals(Boolean.TRUE, ApiExamples.typed("true", OASFactory.createSchema().addType(SchemaType.BOOLEAN)));
        assertEquals("seven", ApiExamples.typed("seven", OASFactory.createSchema().addType(SchemaType.INTEGER)));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content json() {
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType());
    }

    /** The operation ids of every resource method of this module. */
    private static Set<String> declaredOperationIds() throws IOException, URISyntaxException {
        Path classes = Path.of(ApiDocumentFilter.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/trackline/web");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> "io.trackline.web." + classes.relativize(file).toString()
                            .replace(".class", "").replace(file.getFileSystem().getSeparator(), "."))
                    .flatMap(ApiExamplesTest::methods)
                    .map(method -> method.getAnnotation(Operation.class))
                    .filter(Objects::nonNull)
                    .map(Operation::operationId)
                    .collect(Collectors.toSet());
        }
    }

    private static Stream<java.lang.reflect.Method> methods(String className) {
        try {
            return Arrays.stream(Class.forName(className, false, ApiExamplesTest.class.getClassLoader())
                    .getDeclaredMethods());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return Stream.empty();
        }
    }
}
