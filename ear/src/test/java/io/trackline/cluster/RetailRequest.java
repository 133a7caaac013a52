package io.trackline.cluster;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A retail request with a flat body (string and whole-number members, in the order sent), signed with the
 * demo retailers' key as a retailer's server signs it, from the README's recipe rather than the product's
 * code: the seed's {@code X-STREAEM-HASH} (the values, by lower-cased name) or Standard Webhooks
 * ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}).
 */
record RetailRequest(String path, Map<String, Object> members) {

    static final String DEMO_KEY = "TEST-KEY";
    /** Demo retailer 11: the search "cola" has two sponsored-product winners. */
    static final long COLA_RETAILER = 11;
    /** Demo retailer 7: category 3 has two sponsored-product winners. */
    static final long SOFT_DRINKS_RETAILER = 7;

    /** {@code nameValues}: name, value, name, value…; a value is a {@link String} or a whole number. */
    static RetailRequest of(String path, Object... nameValues) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            members.put((String) nameValues[i], nameValues[i + 1]);
        }
        return new RetailRequest(path, members);
    }

    /** A sponsored-products auction for the search "cola" on retailer 11, for shopper {@code uid}. */
    static RetailRequest colaSearch(String uid) {
        return of("/api/auction/sp/keyword/" + COLA_RETAILER, "platform_type", "WEB_DESKTOP", "search_term", "cola",
                "uid", uid);
    }

    static RetailRequest click(long retailer, String auctionId, String uid) {
        return of("/api/event/click/" + retailer, "auction_id", auctionId, "uid", uid);
    }

    static RetailRequest trace(long retailer, String auctionGroupId) {
        return of("/api/auction/trace/" + retailer, "auction_group_id", auctionGroupId);
    }

    String json() {
        StringJoiner json = new StringJoiner(",", "{", "}");
        members.forEach((name, value) -> json.add("\"" + name + "\":" + (value instanceof String text
                ? "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : value.toString())));
        return json.toString();
    }

    /** The seed's scheme: the Base64 HMAC-SHA256 of the values, concatenated in the order of their names. */
    String seedSignature() {
        Map<String, Object> byName = new TreeMap<>();
        members.forEach((name, value) -> byName.put(name.toLowerCase(Locale.ROOT), value));
        StringBuilder canonical = new StringBuilder();
        byName.values().forEach(canonical::append);
        return hmac(canonical.toString());
    }

    HttpRequest seedSigned(Node node) {
        return post(node).header("X-STREAEM-HASH", seedSignature()).build();
    }

    /** Standard Webhooks: the same id, timestamp and body make the same request, byte for byte. */
    HttpRequest webhookSigned(Node node, String id, long timestamp) {
        return post(node).header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", "v1," + hmac(id + "." + timestamp + "." + json())).build();
    }

    private HttpRequest.Builder post(Node node) {
        return node.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json()));
    }

    private static String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(DEMO_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
