package io.trackline.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ApiDocumentFilterTest {

    private final ApiDocumentFilter filter = new ApiDocumentFilter();

    @Test
    void everyOperationAnswersItsErrorsAsProblemsAndA503SaysWhenToRetry() {
        Operation operation = filter.filterOperation(OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse())));

        assertEquals(List.of("200", "4XX", "5XX"), List.copyOf(operation.getResponses().getAPIResponses().keySet()));
        APIResponse refused = operation.getResponses().getAPIResponse("5XX");
        assertEquals(ApiDocumentFilter.PROBLEM,
                refused.getContent().getMediaType("application/problem+json").getSchema().getRef());
        assertTrue(refused.getHeaders().containsKey("Retry-After"));
    }

    @Test
    void anOperationWithoutARequirementIsSaidToBePublicAndOneWithItKeepsIt() {
        Operation open = filter.filterOperation(OASFactory.createOperation());
        Operation signed = filter.filterOperation(OASFactory.createOperation().addSecurityRequirement(
                OASFactory.createSecurityRequirement().addScheme(ApiSecurity.SEED_SIGNATURE)));

        assertEquals(List.of(), open.getSecurity());
        assertEquals(1, signed.getSecurity().size());
        assertTrue(signed.getSecurity().get(0).hasScheme(ApiSecurity.SEED_SIGNATURE));
    }

    @Test
    void theDocumentGetsTheWireRecordsAndTheListsOfThem() {
        OpenAPI document = OASFactory.createOpenAPI();

        filter.filterOpenAPI(document);

        var schemas = document.getComponents().getSchemas();
        assertTrue(schemas.keySet().containsAll(List.of("Problem", "AuctionResult", "AppReport", "EventReceipt",
                "PostbackReceipt", "RetailReport", "RetailerView", "RetailerViews", "SigningKeyViews")),
                schemas.keySet().toString());
        assertEquals(List.of(SchemaType.ARRAY), schemas.get("RetailerViews").getType());
        assertEquals("#/components/schemas/RetailerView", schemas.get("RetailerViews").getItems().getRef());
    }
}
