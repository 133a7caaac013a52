package io.trackline.it;

import io.trackline.retail.domain.CanonicalString;
import io.trackline.retail.domain.HmacSignature;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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
        return Http.send(request.build());
    }

    static long newRetailer(String key, boolean replayProtection) {
        HttpResponse<String> response = Http.send(Http.request("/it-probe/retail/retailer?key=" + key
                + "&replay-protection=" + replayProtection).POST(HttpRequest.BodyPublishers.noBody()).build());
        return Long.parseLong(response.body().strip());
    }

    static long recordedWinners(String auctionGroupId) {
        return Long.parseLong(Http.send(Http.request("/it-probe/retail/recorded-winners?group=" + auctionGroupId)
                .POST(HttpRequest.BodyPublishers.noBody()).build()).body().strip());
    }
}
