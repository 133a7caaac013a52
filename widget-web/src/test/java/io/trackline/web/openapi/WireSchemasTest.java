package io.trackline.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.auction.api.AuctionResult;
import io.trackline.mmp.api.AppReport;
import io.trackline.retail.api.SigningKeyView;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class WireSchemasTest {

    private final WireSchemas schemas = new WireSchemas();

    @Test
    void everyWireRecordIsDescribed() {
        ApiDocumentFilter.WIRE_RECORDS.forEach(schemas::refTo);

        assertTrue(schemas.components().keySet().containsAll(List.of("Problem", "Problem.FieldError",
                "AuctionResult", "AuctionResult.WinningBid", "AuctionResult.CreativeView", "AppReport.Day",
                "RetailerView", "IssuedSigningKey")), schemas.components().keySet().toString());
    }

    @Test
    void propertiesAreNamedAsTheWireNamesThem() {
        Schema reference = schemas.refTo(AuctionResult.class);

        assertEquals("#/components/schemas/AuctionResult", reference.getRef());
        Map<String, Schema> bid = schemas.components().get("AuctionResult.WinningBid").getProperties();
        assertEquals(List.of("auction_id", "ranking", "advertiser_id", "campaign_id", "adgroup_id", "product_ids",
                "creative"), List.copyOf(bid.keySet()));
        assertEquals(List.of(SchemaType.INTEGER), bid.get("ranking").getType());
        assertEquals("int32", bid.get("ranking").getFormat());
        assertEquals(List.of(SchemaType.ARRAY), bid.get("product_ids").getType());
        assertEquals(List.of(SchemaType.STRING), bid.get("product_ids").getItems().getType());
        assertEquals("#/components/schemas/AuctionResult.CreativeView", bid.get("creative").getRef());
    }

    @Test
    void timesDatesAndAmountsHaveTheirFormats() {
        schemas.refTo(SigningKeyView.class);
        schemas.refTo(AppReport.class);

        Schema validFrom = schemas.components().get("SigningKeyView").getProperties().get("valid_from");
        assertEquals(List.of(SchemaType.STRING), validFrom.getType());
        assertEquals("date-time", validFrom.getFormat());
        Map<String, Schema> day = schemas.components().get("AppReport.Day").getProperties();
        assertEquals("date", day.get("day").getFormat());
        assertEquals(List.of(SchemaType.NUMBER), day.get("revenue").getType());
        assertEquals("#/components/schemas/AppReport.AttributedUsers", day.get("attributed_users").getRef());
    }

    record Renamed(@JsonbProperty("ts") long timestamp, Map<String, Long> totalsByType) {
    }

    @Test
    void aJsonbPropertyNameWinsAndAMapIsAnObjectOfItsValues() {
        schemas.refTo(Renamed.class);

        Map<String, Schema> renamed = schemas.components().get("WireSchemasTest.Renamed").getProperties();
        assertEquals(List.of("ts", "totals_by_type"), List.copyOf(renamed.keySet()));
        assertEquals(List.of(SchemaType.OBJECT), renamed.get("totals_by_type").getType());
        assertEquals("int64", renamed.get("totals_by_type").getAdditionalPropertiesSchema().getFormat());
    }

    record Opaque(Object anything) {
    }

    @Test
    void aTypeItCannotDescribeIsAnError() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> schemas.refTo(Opaque.class));

        assertTrue(thrown.getMessage().contains("java.lang.Object"), thrown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> schemas.refTo(String.class));
    }
}
