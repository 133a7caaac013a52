package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Clicks on auction winners: billed once per auction id at the winner's price, and never beyond a
 * campaign's budget by more than one click, however many arrive at once.
 */
class RetailClickIT extends TracklineIT {

    private static final String KEY = "IT-KEY";

    @Test
    void parallelClicksOnANearlySpentCampaignNeverOverspendItByMoreThanOneClick() throws Exception {
        long retailer = Retail.newRetailer(KEY, false);
        long campaign = Retail.newCampaign(retailer, "0.35", "gadget", null, null);
        List<String> auctionIds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            auctionIds.add(Retail.winner(retailer, KEY, "gadget", "shopper-" + i));
        }

        List<JsonObject> receipts = Retail.inParallel(auctionIds.stream().map(id -> (Callable<JsonObject>) () ->
                Http.json(Http.ok(Retail.click(retailer, KEY, id, "shopper")))).toList());

        long billed = receipts.stream().filter(receipt -> receipt.getBoolean("billed")).count();
        assertEquals(4, billed, "0.10 a click: 0.30 spent is still under 0.35, the fourth click takes it to 0.40");
        assertTrue(receipts.stream().filter(receipt -> !receipt.getBoolean("billed"))
                .allMatch(receipt -> "budget_exhausted".equals(receipt.getString("reason"))), receipts.toString());
        assertEquals("0.4 4", spent(campaign));
    }

    @Test
    void concurrentDuplicateClicksOfOneAuctionAreBilledOnce() throws Exception {
        long retailer = Retail.newRetailer(KEY, false);
        long campaign = Retail.newCampaign(retailer, "100", "widget", null, null);
        String auctionId = Retail.winner(retailer, KEY, "widget", "shopper");

        List<JsonObject> receipts = Retail.inParallel(java.util.Collections.nCopies(8, (Callable<JsonObject>) () ->
                Http.json(Http.ok(Retail.click(retailer, KEY, auctionId, "shopper")))));

        assertEquals(1, receipts.stream().filter(receipt -> !receipt.getBoolean("duplicate")).count());
        assertTrue(receipts.stream().allMatch(receipt -> receipt.getBoolean("billed")), receipts.toString());
        assertEquals("0.1 1", spent(campaign));
    }

    @Test
    void aClickRightAfterItsAuctionFindsItAndAnUnknownAuctionIdIsRefused() throws Exception {
        long retailer = Retail.newRetailer(KEY, false);
        Retail.newCampaign(retailer, "100", "doohickey", null, null);
        String auctionId = Retail.winner(retailer, KEY, "doohickey", "u");

        JsonObject receipt = Http.json(Http.ok(Retail.click(retailer, KEY, auctionId, "u")));

        assertTrue(receipt.getBoolean("billed"));
        assertEquals(0, receipt.getJsonNumber("price").bigDecimalValue().compareTo(new java.math.BigDecimal("0.1")));
        assertFalse(receipt.getBoolean("duplicate"));
        HttpResponse<String> unknown = Retail.click(retailer, KEY, "no-such-auction-1", "u");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("auction_id", Http.json(unknown).getString("field"));
        assertEquals(400, Retail.click(retailer + 1, KEY, auctionId, "u").statusCode(), "another retailer's auction");
    }

    private static String spent(long campaign) {
        return Http.send(Http.request("/it-probe/retail/spent?campaign=" + campaign)
                .POST(HttpRequest.BodyPublishers.noBody()).build()).body().strip();
    }
}
