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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Clicks on auction winners: billed once per auction id at the winner's price, and never beyond a
 * campaign's budget by more than one click, however many arrive at once.
 */
@ExtendWith(ArquillianExtension.class)
class RetailClickIT {

    private static final String KEY = "IT-KEY";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TracklineDeployment.withClasses(ProbeResource.class, ProbeResource.EchoRequest.class,
                ProbeResource.Line.class, RetailProbe.class);
    }

    @Test
    void parallelClicksOnANearlySpentCampaignNeverOverspendItByMoreThanOneClick() throws Exception {
        long retailer = Retail.newRetailer(KEY, false);
        long campaign = newCampaign(retailer, "0.35", "gadget");
        List<String> auctionIds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            auctionIds.add(winner(retailer, "gadget", "shopper-" + i));
        }

        List<JsonObject> receipts = inParallel(auctionIds.stream().map(id -> (Callable<JsonObject>) () ->
                Http.json(ok(click(retailer, id, "shopper")))).toList());

        long billed = receipts.stream().filter(receipt -> receipt.getBoolean("billed")).count();
        assertEquals(4, billed, "0.10 a click: 0.30 spent is still under 0.35, the fourth click takes it to 0.40");
        assertTrue(receipts.stream().filter(receipt -> !receipt.getBoolean("billed"))
                .allMatch(receipt -> "budget_exhausted".equals(receipt.getString("reason"))), receipts.toString());
        assertEquals("0.4 4", spent(campaign));
    }

    @Test
    void concurrentDuplicateClicksOfOneAuctionAreBilledOnce() throws Exception {
        long retailer = Retail.newRetailer(KEY, false);
        long campaign = newCampaign(retailer, "100", "widget");
        String auctionId = winner(retailer, "widget", "shopper");

        List<JsonObject> receipts = inParallel(java.util.Collections.nCopies(8, (Callable<JsonObject>) () ->
                Http.json(ok(click(retailer, auctionId, "shopper")))));

        assertEquals(1, receipts.stream().filter(receipt -> !receipt.getBoolean("duplicate")).count());
        assertTrue(receipts.stream().allMatch(receipt -> receipt.getBoolean("billed")), receipts.toString());
        assertEquals("0.1 1", spent(campaign));
    }

    @Test
    void aClickRightAfterItsAuctionFindsItAndAnUnknownAuctionIdIsRefused() throws Exception {
        long retailer = Retail.newRetailer(KEY, false);
        newCampaign(retailer, "100", "doohickey");
        String auctionId = winner(retailer, "doohickey", "u");

        JsonObject receipt = Http.json(ok(click(retailer, auctionId, "u")));

        assertTrue(receipt.getBoolean("billed"));
        assertEquals(0, receipt.getJsonNumber("price").bigDecimalValue().compareTo(new java.math.BigDecimal("0.1")));
        assertFalse(receipt.getBoolean("duplicate"));
        HttpResponse<String> unknown = click(retailer, "no-such-auction-1", "u");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals("auction_id", Http.json(unknown).getString("field"));
        assertEquals(400, click(retailer + 1, auctionId, "u").statusCode(), "another retailer's auction");
    }

    private static long newCampaign(long retailer, String dailyBudget, String keyword) {
        return Long.parseLong(Http.send(Http.request("/it-probe/retail/campaign?retailer=" + retailer
                + "&daily-budget=" + dailyBudget + "&keyword=" + keyword)
                .POST(HttpRequest.BodyPublishers.noBody()).build()).body().strip());
    }

    private static String spent(long campaign) {
        return Http.send(Http.request("/it-probe/retail/spent?campaign=" + campaign)
                .POST(HttpRequest.BodyPublishers.noBody()).build()).body().strip();
    }

    /** The auction id of the single winner of a search, once the index has the new campaign. */
    private static String winner(long retailer, String term, String uid) throws InterruptedException {
        String body = "{\"platform_type\":\"WEB_DESKTOP\",\"search_term\":\"" + term + "\",\"uid\":\"" + uid + "\"}";
        HttpResponse<String> response = Retail.post("/api/auction/sp/keyword/" + retailer, body, KEY);
        for (int i = 0; i < 60 && response.statusCode() == 404; i++) {
            Thread.sleep(250);
            response = Retail.post("/api/auction/sp/keyword/" + retailer, body, KEY);
        }
        return Http.json(ok(response)).getJsonArray("winning_bids").getJsonObject(0).getString("auction_id");
    }

    private static HttpResponse<String> click(long retailer, String auctionId, String uid) {
        return Retail.post("/api/event/click/" + retailer, "{\"auction_id\":\"" + auctionId + "\",\"uid\":\""
                + uid + "\"}", KEY);
    }

    private static <T> List<T> inParallel(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }
}
