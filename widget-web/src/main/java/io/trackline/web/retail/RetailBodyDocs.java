package io.trackline.web.retail;

import io.trackline.auction.api.AuctionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The signed retail calls' bodies for the OpenAPI document. The resources read them as JSON trees
 * ({@link SignedBody}), since the signature covers the bytes, so the scanner sees none: each is a component
 * here, with the members, limits and required ones that {@link AuctionRequestReader}, {@link ConversionLines},
 * {@link CatalogFeedReader} and the resources ({@link RetailReportResource} too) enforce, and the signed {@code ts} every body may carry. No
 * body takes a member it does not name.
 */
public final class RetailBodyDocs {

    private static final String UID = "uid";
    private static final String SHOPPER = "The shopper's id, as the retailer knows it.";

    /** Each operation's body component. */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("auctionSponsoredProductsForSearch", "SearchAuctionRequest"),
            Map.entry("auctionDisplayForSearch", "SearchAuctionRequest"),
            Map.entry("auctionSponsoredProductsForCategory", "CategoryAuctionRequest"),
            Map.entry("auctionDisplayForCategory", "CategoryAuctionRequest"),
            Map.entry("auctionDisplayForPage", "PageAuctionRequest"),
            Map.entry("auctionTrace", "AuctionTraceRequest"),
            Map.entry("retailClick", "RetailClickRequest"),
            Map.entry("retailAddToCart", "AddToCartRequest"),
            Map.entry("retailPurchase", "PurchaseRequest"),
            Map.entry("retailProductShown", "ProductShownRequest"),
            Map.entry("catalogFeed", "CatalogFeedRequest"),
            Map.entry("retailReport", "RetailReportRequest"));

    private RetailBodyDocs() {
    }

    /** Gives a signed retail operation its body; other operations are left as they are. */
    public static void describe(Operation operation) {
        String component = BODIES.get(String.valueOf(operation.getOperationId()));
        if (component != null) {
            operation.requestBody(OASFactory.createRequestBody().required(true)
                    .description("JSON, signed as it is sent (X-STREAEM-HASH or Standard Webhooks).")
                    .content(OASFactory.createContent().addMediaType("application/json",
                            OASFactory.createMediaType().schema(ref(component)))));
        }
    }

    /** The bodies' schemas. */
    public static void addComponents(Components components) {
        components.addSchema("SearchAuctionRequest", auction("search_term", text("The shopper's search.",
                AuctionRequestReader.MAX_TEXT)));
        components.addSchema("CategoryAuctionRequest", auction("category", text("The category browsed: its name,"
                + " or its id as a whole number.", AuctionRequestReader.MAX_TEXT).addType(SchemaType.INTEGER)));
        components.addSchema("PageAuctionRequest", auction("page", text("The product page shown.",
                AuctionRequestReader.MAX_TEXT)));
        components.addSchema("AuctionTraceRequest", body(properties("auction_group_id",
                text("The auction_group_id an auction answered, of the last 15 minutes.",
                        AuctionResource.MAX_AUCTION_GROUP_ID)), "auction_group_id"));
        components.addSchema("RetailClickRequest", body(properties("auction_id",
                text("The winner's auction_id.", 64), UID, text(SHOPPER, 128)), "auction_id", UID));
        components.addSchema("ConversionLine", object(properties(
                "product_id", productId(),
                "quantity", whole("How many.", 1, (long) ConversionLines.MAX_QUANTITY),
                "price", number("The unit price, at most two decimals.", ConversionLines.MAX_PRICE.longValue())),
                "product_id", "quantity", "price"));
        components.addSchema("AddToCartRequest", body(properties(
                "event_id", text("Makes a retry count once.", 64),
                UID, text(SHOPPER, 128),
                "auction_id", text("The auction the shopper came from, if known.", 64),
                "lines", lines()), UID, "lines"));
        components.addSchema("PurchaseRequest", body(properties(
                "order_id", text("The order: it counts once.", 64),
                UID, text(SHOPPER, 128),
                "lines", lines()), "order_id", UID, "lines"));
        components.addSchema("ProductShownRequest", body(properties(
                UID, text(SHOPPER, 128),
                "product_ids", array(productId(), 1, RetailEventResource.MAX_SHOWN),
                "auction_ids", array(text("An auction_id shown.", 64), 1, RetailEventResource.MAX_SHOWN)),
                UID, "product_ids"));
        Schema level = text("How fine the rows are; campaign by default.", 16);
        List.of("retailer", "advertiser", "campaign", "ad_group").forEach(level::addEnumeration);
        components.addSchema("RetailReportRequest", body(properties(
                "from", day("The first UTC day."),
                "to", day("The last UTC day; a report covers at most 92 days."),
                "level", level,
                "daily", OASFactory.createSchema().addType(SchemaType.BOOLEAN)
                        .description("A row per day too; true by default."),
                "advertiser_id", whole("Only this advertiser's figures.", 1, null),
                "campaign_id", whole("Only this campaign's figures.", 1, null)), "from", "to"));
        components.addSchema("CatalogCategory", object(properties(
                "id", whole("The category's id.", 0, null),
                "name", text("Its name.", 200),
                "parent_id", whole("Its parent's id, if any.", 0, null)), "id", "name"));
        components.addSchema("CatalogProduct", object(properties(
                "product_id", productId(),
                "name", text("Its name.", 300),
                "brand", text("Its brand.", 100),
                "category_id", whole("Its category's id.", 0, null),
                "price", number("Its price (rounded to two decimals).", 9_999_999_999L),
                "stock", whole("Units in stock.", 0, (long) CatalogFeedReader.MAX_STOCK)), "product_id", "name"));
        components.addSchema("CatalogFeedRequest", body(properties(
                "categories", array(ref("CatalogCategory"), 0, CatalogFeedReader.MAX_ROWS),
                "products", array(ref("CatalogProduct"), 0, CatalogFeedReader.MAX_ROWS))));
    }

    private static Schema auction(String query, Schema querySchema) {
        Schema platform = text("Where the shopper is.", 16);
        AuctionRequestReader.PLATFORM_TYPES.stream().sorted().forEach(platform::addEnumeration);
        return body(properties("platform_type", platform, UID, text(SHOPPER, AuctionRequestReader.MAX_UID),
                query, querySchema, "slots", whole("How many ads to pick; the auction type's own number by default.",
                        1, (long) AuctionType.MAX_SLOTS)), "platform_type", UID, query);
    }

    private static Schema lines() {
        return array(ref("ConversionLine"), 1, ConversionLines.MAX_LINES);
    }

    private static Schema productId() {
        return text("The retailer's product id, without commas.", ProductId.MAX_LENGTH).minLength(1);
    }

    /**
     * A request's whole body: its members, and the signed {@code ts} (unix seconds) that every body may carry
     * and that a seed-signed request of a retailer with replay protection must.
     */
    private static Schema body(Map<String, Schema> properties, String... required) {
        properties.put(SignedJson.TIMESTAMP, OASFactory.createSchema().addType(SchemaType.INTEGER)
                .addType(SchemaType.STRING).description("When the request was signed, in unix seconds: required"
                        + " under replay protection with X-STREAEM-HASH, and then within 300 s of the server's"
                        + " clock."));
        return object(properties, required);
    }

    private static Map<String, Schema> properties(Object... namesAndSchemas) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.put((String) namesAndSchemas[i], (Schema) namesAndSchemas[i + 1]);
        }
        return properties;
    }

    private static Schema object(Map<String, Schema> properties, String... required) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT).properties(properties)
                .additionalPropertiesBoolean(false);
        return required.length == 0 ? schema : schema.required(new ArrayList<>(List.of(required)));
    }

    private static Schema text(String description, int maxLength) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description).maxLength(maxLength);
    }

    private static Schema day(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).format("date").description(description);
    }

    private static Schema whole(String description, long minimum, Long maximum) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.INTEGER).description(description)
                .minimum(BigDecimal.valueOf(minimum));
        return maximum == null ? schema : schema.maximum(BigDecimal.valueOf(maximum));
    }

    private static Schema number(String description, long maximum) {
        return OASFactory.createSchema().addType(SchemaType.NUMBER).description(description)
                .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(maximum));
    }

    private static Schema array(Schema items, int minItems, int maxItems) {
        return OASFactory.createSchema().addType(SchemaType.ARRAY).items(items).minItems(minItems)
                .maxItems(maxItems);
    }

    private static Schema ref(String component) {
        return OASFactory.createSchema().ref(component);
    }
}
