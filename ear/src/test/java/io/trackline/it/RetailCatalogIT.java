package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A retailer's catalog feed and product-shown events, and what auctions make of them. */
class RetailCatalogIT extends TracklineIT {

    private static final String SOFT_DRINKS = "{\"platform_type\":\"WEB_DESKTOP\",\"category\":3,\"uid\":\"u\"}";

    @Test
    void stockFromTheFeedDecidesWhichProductAnAdGroupShows() {
        try {
            feedStock("EAN005", 10);
            assertEquals("EAN005", awaitFirstProduct("EAN005"), "back in stock, the group's first product shows");
        } finally {
            feedStock("EAN005", 0);
        }
        assertEquals("EAN004", awaitFirstProduct("EAN004"));
    }

    @Test
    void thousandsOfProductsGoInOneCall() {
        long retailer = Retail.newRetailer("IT-KEY", false);
        StringBuilder products = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            products.append(i == 0 ? "" : ",").append("{\"product_id\":\"SKU-").append(i)
                    .append("\",\"name\":\"Product number ").append(i).append("\",\"brand\":\"Brand\",")
                    .append("\"category_id\":3,\"price\":").append(i % 50).append(".99,\"stock\":").append(i % 7)
                    .append('}');
        }
        String feed = "{\"categories\":[{\"id\":1,\"name\":\"Drinks\"},{\"id\":3,\"name\":\"Soft drinks\","
                + "\"parent_id\":1}],\"products\":[" + products + "]}";

        JsonObject counts = Http.json(ok(Retail.post("/api/catalog/" + retailer, feed, "IT-KEY")));
        JsonObject again = Http.json(ok(Retail.post("/api/catalog/" + retailer, feed, "IT-KEY")));

        assertTrue(feed.length() > 65_536, "more than the default body limit");
        assertEquals(2_000, counts.getInt("products"));
        assertEquals(2, counts.getInt("categories"));
        assertEquals(2_000, again.getInt("products"), "a second feed updates the same rows");
    }

    @Test
    void aFeedWithAWrongValueIsRefusedWholeNamingTheRow() {
        HttpResponse<String> response = Retail.post("/api/catalog/7", "{\"products\":[{\"product_id\":\"A\","
                + "\"name\":\"A\"},{\"product_id\":\"B\",\"name\":\"B\",\"price\":-1}]}");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("products[1].price", Http.json(response).getString("field"));
        assertEquals(400, Retail.post("/api/catalog/7", "{\"products\":[{\"name\":\"no id\"}]}").statusCode());
        assertEquals(400, Retail.post("/api/catalog/7", "{\"products\":{}}").statusCode());
    }

    @Test
    void productShownEventsAreSignedAndValidated() {
        long retailer = Retail.newRetailer("IT-KEY", false);
        String path = "/api/event/product-shown/" + retailer;

        assertEquals(2, Http.json(ok(Retail.post(path, "{\"uid\":\"u1\",\"product_ids\":[\"P1\",\"P2\"]}",
                "IT-KEY"))).getInt("products"));
        assertEquals(400, Retail.post(path, "{\"uid\":\"u1\",\"product_ids\":[]}", "IT-KEY").statusCode());
        assertEquals(400, Retail.post(path, "{\"product_ids\":[\"P1\"]}", "IT-KEY").statusCode());
        assertEquals(400, Retail.post(path, "{\"uid\":\"u1\",\"product_ids\":[\"P1\"]}", "WRONG").statusCode());
    }

    private static void feedStock(String productId, int stock) {
        ok(Retail.post("/api/catalog/7", "{\"products\":[{\"product_id\":\"" + productId + "\",\"name\":\"Fizz Cola"
                + " Zero 1.5 l\",\"brand\":\"Fizz\",\"category_id\":3,\"price\":1.99,\"stock\":" + stock + "}]}"));
    }

    /** Auctions see a feed at the index's next check, within seconds. */
    private static String awaitFirstProduct(String expected) {
        return Waiting.await(expected + " first").until(RetailCatalogIT::firstProduct, expected::equals);
    }

    /** The first product of the category auction's first winner, or {@code null} when nothing wins. */
    private static String firstProduct() {
        HttpResponse<String> response = Retail.post("/api/auction/sp/category/7", SOFT_DRINKS);
        return response.statusCode() != 200 ? null : Http.json(response).getJsonArray("winning_bids")
                .getJsonObject(0).getJsonArray("product_ids").getString(0);
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }
}
