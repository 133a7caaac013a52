package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * What a shopper does after an auction, end to end: a click, an add to cart and a purchase attributed to
 * it (direct for the product shown, halo for another of the advertiser's brand), purchases idempotent on
 * order id even when sent at once, the attribution window's edge, direct before halo, impressions counted
 * on serve or on shown, and the report that adds it all up, in JSON and CSV.
 */
class RetailJourneyIT extends TracklineIT {

    private static final String KEY = "IT-KEY";

    @Test
    void auctionClickAddToCartPurchaseAndTheReport() throws Exception {
        long retailer = Retail.newRetailer(KEY, false);
        long campaign = Retail.newCampaign(retailer, "100", "kettle", "Steamco", null);
        long adGroup = Retail.campaignParts(campaign)[0];
        String product = "IT-" + adGroup;
        String sameBrand = product + "-B";
        String auctionId = Retail.winner(retailer, KEY, "kettle", "shopper");
        HttpResponse<String> click = Http.ok(Retail.click(retailer, KEY, auctionId, "shopper"));
        DescribedAnswers.assertDescribed("POST /api/event/click/{retailer_id}", click);
        assertTrue(Http.json(click).getBoolean("billed"));

        JsonObject cart = event(retailer, "add-to-cart", "{\"uid\":\"shopper\",\"lines\":[{\"product_id\":\""
                + product + "\",\"quantity\":1,\"price\":20}]}");
        JsonObject tileCart = event(retailer, "add-to-cart", "{\"uid\":\"shopper\",\"event_id\":\"cart-1\","
                + "\"auction_id\":\"" + auctionId + "\",\"lines\":[{\"product_id\":\"" + sameBrand
                + "\",\"quantity\":1,\"price\":5}]}");
        String purchase = "{\"uid\":\"shopper\",\"order_id\":\"order-1\",\"lines\":["
                + "{\"product_id\":\"" + product + "\",\"quantity\":2,\"price\":20.00},"
                + "{\"product_id\":\"" + sameBrand + "\",\"quantity\":1,\"price\":5},"
                + "{\"product_id\":\"SOMETHING-ELSE\",\"quantity\":1,\"price\":3.50}]}";
        JsonObject order = event(retailer, "purchase", purchase);
        JsonObject again = event(retailer, "purchase", purchase);

        assertAttributed("direct", auctionId, cart.getJsonArray("lines").getJsonObject(0));
        assertAttributed("halo", auctionId, tileCart.getJsonArray("lines").getJsonObject(0));
        JsonArray lines = order.getJsonArray("lines");
        assertFalse(order.getBoolean("duplicate"));
        assertAttributed("direct", auctionId, lines.getJsonObject(0));
        assertEquals(adGroup, lines.getJsonObject(0).getInt("ad_group_id"));
        assertEquals(campaign, lines.getJsonObject(0).getInt("campaign_id"));
        assertAttributed("halo", auctionId, lines.getJsonObject(1));
        assertFalse(lines.getJsonObject(2).containsKey("attribution"), "no click earns what nobody advertised");
        assertTrue(again.getBoolean("duplicate"));
        assertEquals(order.getJsonArray("lines"), again.getJsonArray("lines"), "a repeat answers the first answer");

        JsonObject row = awaitReportRow(retailer, "ad_group", 1);
        assertEquals(adGroup, row.getInt("ad_group_id"));
        assertEquals(campaign, row.getInt("campaign_id"));
        assertEquals(1, row.getInt("clicks"));
        assertMoney("1.0000", row, "ctr");
        assertMoney("0.10", row, "spend");
        assertEquals(2, row.getInt("add_to_carts"));
        assertMoney("25.00", row, "add_to_cart_value");
        assertEquals(2, row.getInt("direct_units"));
        assertMoney("40.00", row, "direct_sales");
        assertEquals(1, row.getInt("halo_units"));
        assertMoney("5.00", row, "halo_sales");
        assertMoney("45.00", row, "sales");
        assertMoney("450.00", row, "roas");

        HttpResponse<String> csv = report(retailer, "campaign", "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(Http.contentType(csv).startsWith("text/csv"), Http.contentType(csv));
        List<String> csvLines = csv.body().lines().toList();
        assertTrue(csvLines.get(0).startsWith("day,advertiser_id,campaign_id,ad_group_id,impressions,clicks"));
        assertTrue(csvLines.get(1).contains("," + campaign + ",,1,1,0,1.0000,0.10,2,25.00,2,40.00,1,5.00,45.00,450.00"),
                csv.body());
        assertTrue(csvLines.get(csvLines.size() - 1).startsWith("total,"), csv.body());
    }

    @Test
    void aPurchaseSentManyTimesAtOnceCountsOnce() throws Exception {
        long retailer = Retail.newRetailer(KEY, false);
        long campaign = Retail.newCampaign(retailer, "100", "toaster", null, null);
        String product = "IT-" + Retail.campaignParts(campaign)[0];
        String auctionId = Retail.winner(retailer, KEY, "toaster", "buyer");
        Http.ok(Retail.click(retailer, KEY, auctionId, "buyer"));
        String purchase = "{\"uid\":\"buyer\",\"order_id\":\"order-x\",\"lines\":[{\"product_id\":\"" + product
                + "\",\"quantity\":1,\"price\":30}]}";

        List<JsonObject> answers = Retail.inParallel(Collections.nCopies(8,
                (Callable<JsonObject>) () -> event(retailer, "purchase", purchase)));

        assertEquals(1, answers.stream().filter(answer -> !answer.getBoolean("duplicate")).count());
        assertTrue(answers.stream().allMatch(answer -> "direct".equals(answer.getJsonArray("lines").getJsonObject(0)
                .getString("attribution"))), answers.toString());
        JsonObject row = awaitReportRow(retailer, "campaign", 1);
        assertEquals(1, row.getInt("direct_units"));
        assertMoney("30.00", row, "direct_sales");
    }

    @Test
    void aSaleIsAttributedWithinTheWindowAndNotAfterIt() throws Exception {
        long retailer = Retail.newRetailer(KEY, false);
        Admin.call("PATCH", "/api/admin/retailers/" + retailer, Admin.adminToken(), "{\"attribution_window_days\":1}");
        long campaign = Retail.newCampaign(retailer, "100", "blender", null, null);
        String product = "IT-" + Retail.campaignParts(campaign)[0];
        String auctionId = Retail.winner(retailer, KEY, "blender", "late-buyer");
        Http.ok(Retail.click(retailer, KEY, auctionId, "late-buyer"));

        Retail.ageClick(auctionId, 23);
        JsonObject inTime = event(retailer, "purchase", order("in-time", "late-buyer", product));
        Retail.ageClick(auctionId, 25);
        JsonObject tooLate = event(retailer, "purchase", order("too-late", "late-buyer", product));

        assertAttributed("direct", auctionId, inTime.getJsonArray("lines").getJsonObject(0));
        assertFalse(tooLate.getJsonArray("lines").getJsonObject(0).containsKey("attribution"),
                tooLate.toString());
    }

    @Test
    void aDirectClickEarnsTheSaleOverALaterHaloClick() throws Exception {
        long retailer = Retail.newRetailer(KEY, false);
        long first = Retail.newCampaign(retailer, "100", "mixer", "Whirl", null);
        long[] firstParts = Retail.campaignParts(first);
        long second = Retail.newCampaign(retailer, "100", "grinder", "Whirl", firstParts[1]);
        String mixer = "IT-" + firstParts[0];
        String mixerAd = Retail.winner(retailer, KEY, "mixer", "cook");
        String grinderAd = Retail.winner(retailer, KEY, "grinder", "cook");
        Http.ok(Retail.click(retailer, KEY, mixerAd, "cook"));
        Retail.ageClick(mixerAd, 2);
        Http.ok(Retail.click(retailer, KEY, grinderAd, "cook"));

        JsonObject line = event(retailer, "purchase", order("mixer-order", "cook", mixer)).getJsonArray("lines")
                .getJsonObject(0);
        JsonObject otherShopper = event(retailer, "purchase", order("someone-else", "stranger", mixer))
                .getJsonArray("lines").getJsonObject(0);

        assertAttributed("direct", mixerAd, line);
        assertFalse(otherShopper.containsKey("attribution"), "another shopper's clicks earn nothing");
        assertTrue(second > first);
    }

    @Test
    void aRetailerCountingImpressionsOnShownCountsEachShownWinnerOnce() throws Exception {
        long retailer = Retail.newRetailer(KEY, false);
        Admin.call("PATCH", "/api/admin/retailers/" + retailer, Admin.adminToken(), "{\"impressions_on\":\"shown\"}");
        long campaign = Retail.newCampaign(retailer, "100", "lamp", null, null);
        String product = "IT-" + Retail.campaignParts(campaign)[0];
        String auctionId = Retail.winner(retailer, KEY, "lamp", "viewer");
        String shown = "{\"uid\":\"viewer\",\"product_ids\":[\"" + product + "\"],\"auction_ids\":[\"" + auctionId
                + "\",\"" + auctionId + "\",\"not-a-winner\"]}";

        assertEquals(1, event(retailer, "product-shown", shown).getInt("impressions"));
        assertEquals(0, event(retailer, "product-shown", shown).getInt("impressions"));
        Http.ok(Retail.click(retailer, KEY, auctionId, "viewer"));

        JsonObject row = awaitReportRow(retailer, "retailer", 1);
        assertEquals(1, row.getInt("impressions"), "only the winner reported shown, once");
    }

    @Test
    void malformedConversionsAreRefusedNamingTheField() {
        long retailer = Retail.newRetailer(KEY, false);

        Http.assertProblem(400, "order_id", Retail.post("/api/event/purchase/" + retailer,
                "{\"uid\":\"u\",\"lines\":[{\"product_id\":\"P\",\"quantity\":1,\"price\":1}]}", KEY));
        Http.assertProblem(400, "lines", Retail.post("/api/event/purchase/" + retailer,
                "{\"uid\":\"u\",\"order_id\":\"o\",\"lines\":[]}", KEY));
        Http.assertProblem(400, "lines[0].quantity", Retail.post("/api/event/purchase/" + retailer,
                "{\"uid\":\"u\",\"order_id\":\"o\",\"lines\":[{\"product_id\":\"P\",\"quantity\":0,\"price\":1}]}",
                KEY));
        Http.assertProblem(400, "lines[0].price", Retail.post("/api/event/add-to-cart/" + retailer,
                "{\"uid\":\"u\",\"lines\":[{\"product_id\":\"P\",\"quantity\":1,\"price\":1.999}]}", KEY));
        Http.assertProblem(400, "lines[0].product_id", Retail.post("/api/event/add-to-cart/" + retailer,
                "{\"uid\":\"u\",\"lines\":[{\"product_id\":\"A,B\",\"quantity\":1,\"price\":1}]}", KEY));
        Http.assertProblem(400, "auction_id", Retail.post("/api/event/add-to-cart/" + retailer,
                "{\"uid\":\"u\",\"auction_id\":\"nope\",\"lines\":[{\"product_id\":\"P\",\"quantity\":1,\"price\":1}]}",
                KEY));
        Http.assertProblem(400, null, Retail.post("/api/event/purchase/" + retailer,
                "{\"uid\":\"u\",\"order_id\":\"o\",\"lines\":[{\"product_id\":\"P\",\"quantity\":1,\"price\":1}]}",
                "WRONG-KEY"));
        Http.assertProblem(400, "to", Retail.post("/api/report/" + retailer,
                "{\"from\":\"2026-03-01\",\"to\":\"2026-01-01\"}", KEY));
        Http.assertProblem(400, "level", Retail.post("/api/report/" + retailer,
                "{\"from\":\"2026-01-01\",\"to\":\"2026-01-01\",\"level\":\"planet\"}", KEY));
    }

    private static String order(String orderId, String uid, String product) {
        return "{\"uid\":\"" + uid + "\",\"order_id\":\"" + orderId + "\",\"lines\":[{\"product_id\":\"" + product
                + "\",\"quantity\":1,\"price\":10}]}";
    }

    /** The event's answer, a 200 that the OpenAPI document describes. */
    private static JsonObject event(long retailer, String type, String json) {
        HttpResponse<String> answer = Http.ok(Retail.post("/api/event/" + type + "/" + retailer, json, KEY));
        DescribedAnswers.assertDescribed("POST /api/event/" + type + "/{retailer_id}", answer);
        return Http.json(answer);
    }

    private static HttpResponse<String> report(long retailer, String level, String accept) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String json = "{\"from\":\"" + today + "\",\"to\":\"" + today + "\",\"level\":\"" + level + "\"}";
        HttpResponse<String> answer = Http.send(Http.request("/api/report/" + retailer)
                .header("Content-Type", "application/json").header("Accept", accept)
                .header("X-STREAEM-HASH", Retail.signature(json, KEY))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build());
        DescribedAnswers.assertDescribed("POST /api/report/{retailer_id}", answer);
        DescribedAnswers.assertRequestDescribed(answer, json);
        return answer;
    }

    /** The report's only row, once the impressions written behind the auctions are in it. */
    private static JsonObject awaitReportRow(long retailer, String level, int impressions) {
        JsonObject report = Waiting.await(impressions + " impressions in the report").until(
                () -> Http.json(Http.ok(report(retailer, level, "application/json"))),
                answer -> impressions(answer) >= impressions);
        JsonArray rows = report.getJsonArray("rows");
        assertEquals(1, rows.size(), report.toString());
        assertEquals(impressions, rows.getJsonObject(0).getInt("impressions"), report.toString());
        assertEquals(rows.getJsonObject(0).getInt("clicks"), report.getJsonObject("totals").getInt("clicks"));
        return rows.getJsonObject(0);
    }

    private static int impressions(JsonObject report) {
        return report.getJsonObject("totals").getInt("impressions");
    }

    private static void assertAttributed(String kind, String auctionId, JsonObject line) {
        assertEquals(kind, line.getString("attribution", null), line.toString());
        assertEquals(auctionId, line.getString("auction_id"), line.toString());
    }

    private static void assertMoney(String expected, JsonObject row, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(row.getJsonNumber(field).bigDecimalValue()),
                field + " in " + row);
    }
}
