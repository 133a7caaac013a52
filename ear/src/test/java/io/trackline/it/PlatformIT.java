package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The foundation every context stands on, end to end: health, OpenAPI, the problem+json baseline and
 * the demo-data mechanism, on the shipped EAR and the configured database.
 */
class PlatformIT extends TracklineIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void readinessReportsTheMigratedDatabaseAndANodeAlone() {
        HttpResponse<String> response = Http.get("/health/ready");

        assertEquals(200, response.statusCode(), response.body());
        Map<String, JsonObject> checks = new HashMap<>();
        Http.json(response).getJsonArray("checks").getValuesAs(JsonObject.class)
                .forEach(check -> checks.put(check.getString("name"), check));
        JsonObject database = checks.get("database");
        assertEquals("UP", database.getString("status"));
        assertTrue(database.getJsonObject("data").getString("schema_version").matches("\\d{4}\\.\\d+\\.\\d+\\.\\d+"));
        JsonObject cluster = checks.get("cluster");
        assertEquals("UP", cluster.getString("status"), "a node without Kafka is alone, and ready");
        assertEquals("alone", cluster.getJsonObject("data").getString("mode"));
        assertEquals(200, Http.get("/health/live").statusCode());
        assertEquals(200, Http.get("/health/started").statusCode());
    }

    @Test
    void openApiDescribesEveryOperationWithItsSecurityAndErrorsAndServesItsUi() {
        OpenApiDocument document = OpenApiDocument.current();

        assertTrue(document.json().getString("openapi").startsWith("3."));
        assertEquals("Trackline API", document.json().getJsonObject("info").getString("title"));
        Map<String, JsonObject> operations = document.operations();
        assertTrue(operations.size() >= 34, operations.keySet().toString());
        Set<String> operationIds = new HashSet<>();
        operations.forEach((operation, described) -> {
            assertTrue(described.containsKey("summary"), operation + " has no summary");
            assertTrue(operationIds.add(described.getString("operationId")), operation + ": operationId twice");
            assertTrue(described.containsKey("security"), operation + " does not say who may call it");
            assertEquals("#/components/schemas/Problem", described.getJsonObject("responses").getJsonObject("4XX")
                    .getJsonObject("content").getJsonObject(PROBLEM_JSON).getJsonObject("schema").getString("$ref"),
                    operation + ": errors are problems");
        });
        assertEquals(List.of(), document.unresolvedReferences());
        assertEquals(List.of(), document.propertiesNotSnakeCase(), "the wire is snake_case");
        assertEquals(Set.of("api_client", "s2s_token", "seed_signature", "standard_webhooks"),
                document.json().getJsonObject("components").getJsonObject("securitySchemes").keySet());
        assertEquals(Map.of("retailers", "[api_client]", "auction", "[seed_signature, standard_webhooks]",
                        "events", "[s2s_token]", "public", "[]"),
                Map.of("retailers", schemes(operations.get("GET /api/admin/retailers")),
                        "auction", schemes(operations.get("POST /api/auction/sp/keyword/{retailer_id}")),
                        "events", schemes(operations.get("GET /mmp/s2sevent")),
                        "public", schemes(operations.get("GET /api/ping"))));
        assertEquals("#/components/schemas/AuctionResult", operations.get("POST /api/auction/sp/keyword/{retailer_id}")
                .getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
        HttpResponse<String> ui = Http.get("/openapi/ui/");
        assertEquals(200, ui.statusCode());
        assertTrue(Http.contentType(ui).startsWith("text/html"));
    }

    @Test
    void openApiDescribesWhatTheMmpAndRetailCallsReadByHand() {
        Map<String, JsonObject> operations = OpenApiDocument.current().operations();

        assertEquals(List.of("user_id", "user_ip", "user_ua"), requiredParameters(operations.get("GET /mmp/s2sevent")));
        assertEquals(List.of("user_id", "event_id"), requiredParameters(operations.get("GET /mmp/postback")));
        JsonObject posted = operations.get("POST /mmp/postback").getJsonObject("requestBody").getJsonObject("content");
        assertEquals(Set.of("application/x-www-form-urlencoded", "application/json"), posted.keySet());
        assertTrue(operations.get("GET /mmp/click").getJsonArray("parameters").stream()
                .map(parameter -> parameter.asJsonObject().getString("name")).toList()
                .containsAll(List.of("link", "no_redirect", "user_ip", "user_ua", "sub5")));
        assertEquals("#/components/schemas/SearchAuctionRequest", operations.get(
                "POST /api/auction/sp/keyword/{retailer_id}").getJsonObject("requestBody").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
    }

    @Test
    void openApiExamplesAreOfTheirSchemasAndEveryBodyHasOne() {
        OpenApiExamples examples = new OpenApiExamples(OpenApiDocument.current());

        assertTrue(examples.all().size() >= 100, examples.all().toString());
        assertAll(() -> assertEquals(List.of(), examples.bodiesWithoutExamples(), "bodies without an example"),
                () -> assertEquals(List.of(), examples.errors(), "examples their schemas refuse"));
    }

    @Test
    void openApiPassesTheLinterWithoutAWarning() throws Exception {
        OpenApiLint lint = OpenApiLint.of(OpenApiDocument.current());

        assertEquals(0, lint.exitCode(), lint.output());
        assertTrue(lint.output().contains("Your API description is valid"), lint.output());
        assertFalse(lint.output().matches("(?s).*You have \\d+ warnings?.*"), lint.output());
    }

    private static List<String> requiredParameters(JsonObject operation) {
        return operation.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .filter(parameter -> parameter.getBoolean("required", false))
                .map(parameter -> parameter.getString("name")).toList();
    }

    /** The names of the schemes of each of the operation's security requirements, sorted. */
    private static String schemes(JsonObject operation) {
        return operation.getJsonArray("security").stream()
                .flatMap(requirement -> requirement.asJsonObject().keySet().stream()).sorted().toList().toString();
    }

    @Test
    void unknownPathsAreNotFoundProblemsAndTheDashboardAsksForASignInFirst() {
        String path = "/no/such/path";
        HttpResponse<String> response = Http.get(path);

        assertEquals(404, response.statusCode(), path);
        assertTrue(Http.contentType(response).startsWith(PROBLEM_JSON), path);
        JsonObject problem = Http.json(response);
        assertEquals(404, problem.getInt("status"));
        assertEquals("Not Found", problem.getString("title"));
        assertEquals("about:blank", problem.getString("type"));
        assertTrue(problem.getString("detail").contains(path), problem.toString());

        HttpResponse<String> dashboard = Http.get("/dashboard/no-such-page.xhtml");
        assertEquals(302, dashboard.statusCode(), "nobody learns which pages exist before signing in");
        assertTrue(dashboard.headers().firstValue("Location").orElse("").endsWith("/dashboard/login.xhtml"),
                dashboard.headers().map().toString());
    }

    @Test
    void malformedJsonIsABadRequestSayingWhere() {
        HttpResponse<String> response = Http.postJson("/it-probe/echo", "{\"influencer_id\": \"x\",");

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith(PROBLEM_JSON));
        JsonObject problem = Http.json(response);
        assertEquals("urn:trackline:problem:malformed-json", problem.getString("type"));
        assertTrue(problem.getString("detail").startsWith("Invalid JSON at line 1"), problem.toString());
    }

    @Test
    void aValueOfTheWrongKindNamesTheProperty() {
        HttpResponse<String> response = Http.postJson("/it-probe/echo",
                "{\"influencer_id\": \"x\", \"quantity\": \"three\"}");

        assertEquals(400, response.statusCode(), response.body());
        String detail = Http.json(response).getString("detail");
        assertTrue(detail.contains("quantity"), detail);
        assertFalse(detail.contains("java."), detail);
    }

    @Test
    void invalidFieldsAreListedByTheirWireNames() {
        HttpResponse<String> response = Http.postJson("/it-probe/echo",
                "{\"influencer_id\": \" \", \"quantity\": 11, \"lines\": [{\"product_id\": \"a\"}, {}]}");

        assertEquals(400, response.statusCode(), response.body());
        JsonObject problem = Http.json(response);
        assertEquals("urn:trackline:problem:invalid-request", problem.getString("type"));
        assertEquals(3, problem.getJsonArray("errors").size(), problem.toString());
        String fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).sorted().toList().toString();
        assertEquals("[influencer_id, lines[1].product_id, quantity]", fields);
    }

    @Test
    void oneInvalidFieldIsNamedAtTheTopLevel() {
        HttpResponse<String> response = Http.postJson("/it-probe/echo", "{\"quantity\": 2}");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("influencer_id", Http.json(response).getString("field"));
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaType() {
        HttpResponse<String> response = Http.send(Http.request("/it-probe/echo")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build());

        assertEquals(415, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith(PROBLEM_JSON));
        assertEquals(415, Http.json(response).getInt("status"));
    }

    @Test
    void wrongMethodIsNotAllowedAndSaysWhichAre() {
        HttpResponse<String> response = Http.send(Http.request("/it-probe/echo")
                .DELETE().build());

        assertEquals(405, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith(PROBLEM_JSON));
        assertTrue(response.headers().firstValue("Allow").orElse("").contains("POST"));
    }

    @Test
    void anUnproducibleAcceptIsNotAcceptable() {
        HttpResponse<String> response = Http.send(Http.request("/it-probe/echo")
                .header("Content-Type", "application/json").header("Accept", "image/png")
                .POST(HttpRequest.BodyPublishers.ofString("{\"influencer_id\": \"x\"}")).build());

        assertEquals(406, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith(PROBLEM_JSON));
    }

    @Test
    void declaredBodiesOverTheLimitAreRefusedUnread() {
        String big = "{\"influencer_id\": \"" + "x".repeat(70_000) + "\"}";

        HttpResponse<String> response = Http.postJson("/it-probe/echo", big);

        assertEquals(413, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith(PROBLEM_JSON));
        assertEquals("urn:trackline:problem:payload-too-large", Http.json(response).getString("type"));
    }

    @Test
    void chunkedBodiesOverTheLimitAreRefusedWhileReading() {
        byte[] big = ("{\"influencer_id\": \"" + "x".repeat(70_000) + "\"}").getBytes();

        HttpResponse<String> response = Http.send(Http.request("/it-probe/echo")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());

        assertEquals(413, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith(PROBLEM_JSON));
    }

    @Test
    void unexpectedFailuresAnswerAnIncidentAndNoInternals() {
        HttpResponse<String> response = Http.get("/it-probe/failure");

        assertEquals(500, response.statusCode());
        assertTrue(Http.contentType(response).startsWith(PROBLEM_JSON));
        JsonObject problem = Http.json(response);
        assertTrue(problem.getString("instance").startsWith("urn:uuid:"));
        assertFalse(response.body().contains("secret internal detail"), response.body());
        assertFalse(response.body().contains("IllegalStateException"), response.body());
        assertFalse(response.body().contains("at io.trackline"), response.body());
    }

    @Test
    void aDeletedDemoUserStaysDeletedWhenTheDemoDataLoadsAgain() {
        HttpResponse<String> response = Http.send(Http.request("/it-probe/demo-data")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("0", response.body());
    }
}
