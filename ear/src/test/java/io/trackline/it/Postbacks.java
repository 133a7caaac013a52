package io.trackline.it;

import java.net.http.HttpResponse;
import java.util.UUID;

/** The seed's postback, for the demo customer's access key. */
final class Postbacks {

    static final String ACCESS_KEY = "test-access-key";

    private Postbacks() {
    }

    /** A fresh influencer id, so that a test counts from zero whatever ran before it. */
    static String newInfluencer() {
        return "influ_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The tracker's answer, one that the OpenAPI document describes. */
    static HttpResponse<String> send(String json) {
        HttpResponse<String> response = Http.postJson("/tracker/" + ACCESS_KEY, json);
        DescribedAnswers.assertDescribed(response);
        return response;
    }

    static HttpResponse<String> send(String product, String influencer, String eventType, String campaign) {
        return send("{\"influencer_id\":\"" + influencer + "\",\"product\":\"" + product + "\",\"event_type\":\""
                + eventType + "\",\"event_name\":\"registration\""
                + (campaign == null ? "" : ",\"campaign\":\"" + campaign + "\"") + "}");
    }
}
