package io.trackline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Retail-media auctions end to end on the demo retailers: the seed's examples and signature, every
 * endpoint and answer code, replay protection, the decision trace, and the record of each auction.
 */
class RetailAuctionIT extends TracklineIT {

    private static final String SEED_CATEGORY_REQUEST = """
            {
              "platform_type": "WEB_DESKTOP",
              "category": 3,
              "uid": "123456789"
            }""";
    private static final String COLA = "{\"platform_type\": \"WEB_DESKTOP\", \"search_term\": \"cola\","
            + " \"uid\": \"123456789\"}";

    @Test
    void theSeedsCategoryExampleWinsTwoProductsRankedAndPricedBySecondPrice() {
        HttpResponse<String> response = awaitWinners("/api/auction/sp/category/7",
                SEED_CATEGORY_REQUEST.replace("WEB_DESKTOP", "WEB_MOBILE"));

        JsonObject result = Http.json(response);
        assertTrue(result.getString("auction_group_id").matches("[0-9a-f-]{36}"));
        JsonArray bids = result.getJsonArray("winning_bids");
        assertEquals(2, bids.size(), result.toString());
        JsonObject first = bids.getJsonObject(0);
        assertEquals(1, first.getInt("ranking"));
        assertEquals("EAN004", first.getJsonArray("product_ids").getString(0),
                "the out-of-stock EAN005 is skipped for the group's next product");
        assertTrue(first.getString("auction_id").matches("[0-9a-f-]{36}-" + first.getInt("adgroup_id")));
        assertEquals("EAN00113", bids.getJsonObject(1).getJsonArray("product_ids").getString(0));
        assertEquals(2, bids.getJsonObject(1).getInt("ranking"));
        assertTrue(first.containsKey("advertiser_id") && first.containsKey("campaign_id"));
        assertFalse(first.containsKey("creative"));
    }

    @Test
    void theSeedsOwnSignatureIsAcceptedAndRetailerFiveHasNoWinners() {
        HttpResponse<String> response = Retail.postSigned("/api/auction/sp/category/5", SEED_CATEGORY_REQUEST,
                "k+OWP4Ma3U+6BEEopquZzqunnB+w7/vCuAbGdl7iJwg=");

        Http.assertProblem(404, null, response);
    }

    @Test
    void theSeedsKeywordExampleAndTheDisplayAuctions() {
        HttpResponse<String> searched = awaitWinners("/api/auction/sp/keyword/11", COLA);
        HttpResponse<String> shown = awaitWinners("/api/auction/display/keyword/11", COLA);
        JsonArray search = Http.json(searched).getJsonArray("winning_bids");
        JsonObject banner = Http.json(shown).getJsonArray("winning_bids").getJsonObject(0);
        JsonObject page = Http.json(awaitWinners("/api/auction/display/page/11",
                "{\"platform_type\":\"APP_MOBILE\",\"page\":\"home\",\"uid\":\"u1\"}")).getJsonArray("winning_bids")
                .getJsonObject(0);

        assertEquals(2, search.size());
        assertEquals("EAN004", search.getJsonObject(0).getJsonArray("product_ids").getString(0));
        JsonObject creative = banner.getJsonObject("creative");
        assertEquals("https://cdn.example.com/fizz-728x90.png", creative.getString("image_url"));
        assertEquals(728, creative.getInt("width"));
        assertEquals(banner.getInt("adgroup_id"), page.getInt("adgroup_id"));
        HttpResponse<String> none = Retail.post("/api/auction/display/category/7", SEED_CATEGORY_REQUEST);
        Http.assertProblem(404, null, none);
        DescribedAnswers.assertDescribed("POST /api/auction/sp/keyword/{retailer_id}", searched);
        DescribedAnswers.assertDescribed("POST /api/auction/display/keyword/{retailer_id}", shown);
        DescribedAnswers.assertDescribed("POST /api/auction/display/category/{retailer_id}", none);
    }

    @Test
    void keywordsAreNormalisedAndNegativeKeywordsExclude() {
        JsonArray shouted = Http.json(awaitWinners("/api/auction/sp/keyword/11",
                COLA.replace("cola", "  ICED Colá!  "))).getJsonArray("winning_bids");
        JsonArray zero = Http.json(awaitWinners("/api/auction/sp/keyword/11", COLA.replace("cola", "cola zero")))
                .getJsonArray("winning_bids");

        assertEquals(2, shouted.size(), "broad 'cola' matches, phrase 'cola' does too: " + shouted);
        assertEquals(1, zero.size(), "the negative keyword 'zero' excludes one ad group: " + zero);
        assertEquals("EAN00113", zero.getJsonObject(0).getJsonArray("product_ids").getString(0));
    }

    @Test
    void slotsLimitTheWinnersAndAreValidated() {
        String one = COLA.replace("}", ", \"slots\": 1}");

        assertEquals(1, Http.json(awaitWinners("/api/auction/sp/keyword/11", one)).getJsonArray("winning_bids")
                .size());
        Http.assertProblem(400, "slots", Retail.post("/api/auction/sp/keyword/11",
                COLA.replace("}", ", \"slots\": 21}")));
        Http.assertProblem(400, "slots", Retail.post("/api/auction/sp/keyword/11",
                COLA.replace("}", ", \"slots\": 0}")));
    }

    @Test
    void aMissingOrWrongSignatureOrAnUnknownRetailerAreAllTheSameBadRequest() {
        Http.assertProblem(400, null, Retail.postSigned("/api/auction/sp/keyword/11", COLA, null));
        Http.assertProblem(400, null, Retail.post("/api/auction/sp/keyword/11", COLA, "WRONG-KEY"));
        HttpResponse<String> unknown = Retail.post("/api/auction/sp/keyword/999999", COLA);
        HttpResponse<String> wrong = Retail.post("/api/auction/sp/keyword/11", COLA, "WRONG-KEY");
        assertEquals(Http.json(wrong).getString("detail"), Http.json(unknown).getString("detail"));
        Http.assertProblem(400, null, Retail.postSigned("/api/auction/sp/keyword/11", COLA.replace("cola", "kola"),
                Retail.signature(COLA, Retail.SEED_KEY)));
    }

    @Test
    void malformedRequestsAreRefusedNamingTheField() {
        Http.assertProblem(400, "platform_type", Retail.post("/api/auction/sp/keyword/11", COLA.replace("WEB_DESKTOP",
                "TV")));
        Http.assertProblem(400, "uid", Retail.post("/api/auction/sp/keyword/11",
                "{\"platform_type\":\"WEB_DESKTOP\",\"search_term\":\"cola\"}"));
        Http.assertProblem(400, "search_term", Retail.post("/api/auction/sp/keyword/11",
                "{\"platform_type\":\"WEB_DESKTOP\",\"uid\":\"1\"}"));
        Http.assertProblem(400, "category", Retail.post("/api/auction/sp/category/7",
                "{\"platform_type\":\"WEB_DESKTOP\",\"category\":1.5,\"uid\":\"1\"}"));
        Http.assertProblem(400, "page", Retail.post("/api/auction/display/page/11",
                "{\"platform_type\":\"WEB_DESKTOP\",\"uid\":\"1\"}"));
        Http.assertProblem(415, null, Http.send(Http.request("/api/auction/sp/keyword/11")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(COLA)).build()));
    }

    @Test
    void aCategoryByNameCoversItsSubCategories() {
        JsonArray byName = Http.json(awaitWinners("/api/auction/sp/category/7",
                "{\"platform_type\":\"WEB_DESKTOP\",\"category\":\"soft DRINKS\",\"uid\":\"1\"}"))
                .getJsonArray("winning_bids");
        JsonArray parent = Http.json(awaitWinners("/api/auction/sp/category/7",
                "{\"platform_type\":\"WEB_DESKTOP\",\"category\":1,\"uid\":\"1\"}")).getJsonArray("winning_bids");

        assertEquals(2, byName.size());
        assertEquals(1, parent.size(), "only the group targeting 'Drinks' itself serves its page: " + parent);
    }

    @Test
    void theDecisionTraceTellsEveryCandidatesFateAndOnlyToItsRetailer() {
        String group = Http.json(awaitWinners("/api/auction/sp/keyword/11", COLA.replace("cola", "cola zero")))
                .getString("auction_group_id");
        String ask = "{\"auction_group_id\":\"" + group + "\"}";

        HttpResponse<String> traced = Retail.post("/api/auction/trace/11", ask);
        DescribedAnswers.assertDescribed("POST /api/auction/trace/{retailer_id}", traced);
        JsonObject trace = Http.json(traced);
        JsonArray candidates = trace.getJsonArray("candidates");
        assertEquals(2, candidates.size(), trace.toString());
        assertTrue(candidates.stream().map(JsonObject.class::cast)
                .anyMatch(c -> "negative_keyword".equals(c.getString("excluded_for", null))), trace.toString());
        JsonObject winner = candidates.stream().map(JsonObject.class::cast).filter(c -> c.containsKey("rank"))
                .findFirst().orElseThrow();
        assertEquals(1, winner.getInt("rank"));
        assertNull(winner.get("excluded_for"));
        Http.assertProblem(404, null, Retail.post("/api/auction/trace/7", ask));
    }

    @Test
    void everyAuctionAndItsWinnersAreRecorded() {
        JsonObject result = Http.json(awaitWinners("/api/auction/sp/keyword/11", COLA));
        String group = result.getString("auction_group_id");

        long recorded = Waiting.await("the auction's winners recorded").until(() -> Retail.recordedWinners(group),
                count -> count > 0);
        assertEquals(result.getJsonArray("winning_bids").size(), recorded);
    }

    @Test
    void underReplayProtectionASignedTimestampIsRequiredAndASignatureCountsOnceItSucceeded() {
        long retailer = Retail.newRetailer("IT-KEY", true);
        String path = "/api/auction/sp/keyword/" + retailer;
        String fresh = COLA.replace("}", ", \"ts\": " + Instant.now().getEpochSecond() + "}");

        Http.assertProblem(400, "ts", Retail.post(path, COLA, "IT-KEY"));
        Http.assertProblem(404, null, Retail.post(path, fresh, "IT-KEY"));
        // a 4xx does not use the signature up: the same request again is answered, not refused as a replay
        Http.assertProblem(404, null, Retail.post(path, fresh, "IT-KEY"));
        String shown = "{\"uid\":\"u\",\"product_ids\":[\"P1\"],\"ts\":" + Instant.now().getEpochSecond() + "}";
        Http.ok(Retail.post("/api/event/product-shown/" + retailer, shown, "IT-KEY"));
        Http.assertProblem(409, null, Retail.post("/api/event/product-shown/" + retailer, shown, "IT-KEY"));
        Http.assertProblem(409, null, Retail.post(path, COLA.replace("}", ", \"ts\": "
                + (Instant.now().getEpochSecond() - 301) + "}"), "IT-KEY"));
    }

    /** The demo's advertisers reach the index within its refresh; until then an auction may find none. */
    private static HttpResponse<String> awaitWinners(String path, String json) {
        HttpResponse<String> response = Waiting.await("winners at " + path).until(() -> Retail.post(path, json),
                answer -> answer.statusCode() != 404);
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }
}
