package io.trackline.it;

import io.trackline.retail.domain.CanonicalString;
import io.trackline.retail.domain.HmacSignature;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Signed calls of the retail-media API, with the demo retailers' key unless told otherwise. */
final class Retail {

    static final String SEED_KEY = "TEST-KEY";

    private Retail() {
    }

    static HttpResponse<String> post(String path, String json) {
        return post(path, json, SEED_KEY);
    }

    static HttpResponse<String> post(String path, String json, String key) {
        return postSigned(path, json, signature(json, key));
    }

    static String signature(String json, String key) {
        return HmacSignature.sign(key.getBytes(StandardCharsets.UTF_8), CanonicalString.of(json));
    }

    static HttpResponse<String> postSigned(String path, String json, String signature) {
        HttpRequest.Builder request = Http.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (signature != null) {
            request.header("X-STREAEM-HASH", signature);
        }
        HttpResponse<String> response = Http.send(request.build());
        DescribedAnswers.assertRequestDescribed(response, json);
        return response;
    }

    static long newRetailer(String key, boolean replayProtection) {
        HttpResponse<String> response = Http.send(Http.request("/it-probe/retail/retailer?key=" + key
                + "&replay-protection=" + replayProtection).POST(HttpRequest.BodyPublishers.noBody()).build());
        return Long.parseLong(response.body().strip());
    }

    /** A campaign of a new advertiser (or {@code advertiser}, unless null), as RetailProbe makes it. */
    static long newCampaign(long retailer, String dailyBudget, String keyword, String brand, Long advertiser) {
        return Long.parseLong(probe("campaign?retailer=" + retailer + "&daily-budget=" + dailyBudget + "&keyword="
                + keyword + (brand == null ? "" : "&brand=" + brand)
                + (advertiser == null ? "" : "&advertiser=" + advertiser)));
    }

    /** The ad group and the advertiser of a campaign made by the probe. */
    static long[] campaignParts(long campaign) {
        String[] parts = probe("campaign-parts?campaign=" + campaign).split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    static void ageClick(String auctionId, long hours) {
        probe("age-click?auction=" + auctionId + "&hours=" + hours);
    }

    /** The auction id of the first winner of a search, once the index has the retailer's new campaigns. */
    static String winner(long retailer, String key, String term, String uid) {
        String body = "{\"platform_type\":\"WEB_DESKTOP\",\"search_term\":\"" + term + "\",\"uid\":\"" + uid
                + "\"}";
        HttpResponse<String> response = Waiting.await("winners for " + term).until(
                () -> post("/api/auction/sp/keyword/" + retailer, body, key), answer -> answer.statusCode() != 404);
        return Http.json(Http.ok(response)).getJsonArray("winning_bids").getJsonObject(0).getString("auction_id");
    }

    static HttpResponse<String> click(long retailer, String key, String auctionId, String uid) {
        return post("/api/event/click/" + retailer, "{\"auction_id\":\"" + auctionId + "\",\"uid\":\"" + uid
                + "\"}", key);
    }

    static <T> List<T> inParallel(List<Callable<T>> calls) throws Exception {
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

    private static String probe(String pathAndQuery) {
        return Http.send(Http.request("/it-probe/retail/" + pathAndQuery).POST(HttpRequest.BodyPublishers.noBody())
                .build()).body().strip();
    }

    static long recordedWinners(String auctionGroupId) {
        return Long.parseLong(Http.send(Http.request("/it-probe/retail/recorded-winners?group=" + auctionGroupId)
                .POST(HttpRequest.BodyPublishers.noBody()).build()).body().strip());
    }
}
