package io.trackline.web.retail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class RetailBodyDocsTest {

    private static final List<String> SIGNED = List.of("auctionSponsoredProductsForSearch",
            "auctionSponsoredProductsForCategory", "auctionDisplayForSearch", "auctionDisplayForCategory",
            "auctionDisplayForPage", "auctionTrace", "retailClick", "retailAddToCart", "retailPurchase",
            "retailProductShown", "catalogFeed", "retailReport");

    private static Map<String, Schema> components() {
        Components components = OASFactory.createComponents();
        RetailBodyDocs.addComponents(components);
        return components.getSchemas();
    }

    private static Operation described(String operationId) {
        Operation operation = OASFactory.createOperation().operationId(operationId);
        RetailBodyDocs.describe(operation);
        return operation;
    }

    @Test
    void everySignedCallHasARequiredJsonBodyThatIsAComponent() {
        Map<String, Schema> components = components();
        for (String operationId : SIGNED) {
            Operation operation = described(operationId);
            assertTrue(operation.getRequestBody().getRequired(), operationId);
            String ref = operation.getRequestBody().getContent().getMediaType("application/json").getSchema()
                    .getRef();
            assertTrue(components.containsKey(ref.substring(ref.lastIndexOf('/') + 1)), operationId + ": " + ref);
        }
        assertNull(described("postback").getRequestBody(), "another context's operation is left alone");
    }

    @Test
    void aBodyTakesNoMemberItDoesNotNameAsTheReadersDo() {
        components().forEach((name, schema) -> assertEquals(Boolean.FALSE, schema.getAdditionalPropertiesBoolean(),
                name + " is closed"));
    }

    @Test
    void anAuctionBodyIsTheSeedsWithItsLimits() {
        Schema search = components().get("SearchAuctionRequest");
        Schema category = components().get("CategoryAuctionRequest");

        assertEquals(List.of("platform_type", "uid", "search_term"), search.getRequired());
        assertEquals(List.of("platform_type", "uid", "search_term", "slots", "ts"),
                List.copyOf(search.getProperties().keySet()), "ts: the signed timestamp any body may carry");
        assertEquals(List.of("APP_MOBILE", "WEB_DESKTOP", "WEB_MOBILE"),
                search.getProperties().get("platform_type").getEnumeration());
        assertEquals(List.of(SchemaType.STRING, SchemaType.INTEGER),
                category.getProperties().get("category").getType());
        assertFalse(components().get("PurchaseRequest").getProperties().containsKey("event_id"));
        assertFalse(components().get("ConversionLine").getProperties().containsKey("ts"), "only a whole body's");
    }
}
