package io.trackline.retail.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The symmetric signature of Standard Webhooks 1.0: {@code v1,} and the Base64 HMAC-SHA256, under the key,
 * of {@code {webhook-id}.{webhook-timestamp}.{body}} with the body's bytes exactly as sent. Unlike the seed's
 * canonical string, this is injective: the id and timestamp hold no {@code .}
 * ({@link io.trackline.retail.api.WebhookHeaders}), so one signature covers one id, one timestamp and one body. A header may carry several space-separated
 * signatures (one per key, while keys rotate); entries of other versions ({@code v1a}, a later {@code v2})
 * are ignored, as the specification asks.
 */
public final class StandardWebhooksSignature {

    public static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";

    private StandardWebhooksSignature() {
    }

    /** The header entry the holder of {@code key} sends, e.g. {@code v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJE...}. */
    public static String sign(byte[] key, String id, long timestamp, byte[] body) {
        return VERSION + "," + Base64.getEncoder().encodeToString(mac(key, id, timestamp, body));
    }

    /**
     * Whether one {@code v1} entry of the header is the signature under one of the keys. Each entry is
     * compared with each key's signature in constant time, as Base64 text exactly as sent (no other spelling
     * of the same bytes), and every comparison is made, so the time taken says nothing about which matched.
     */
    public static boolean matches(String header, List<byte[]> keys, String id, long timestamp, byte[] body) {
        List<byte[]> given = v1Entries(header);
        boolean matched = false;
        for (byte[] key : keys) {
            byte[] expected = Base64.getEncoder().encode(mac(key, id, timestamp, body));
            for (byte[] entry : given) {
                matched |= MessageDigest.isEqual(entry, expected);
            }
        }
        return matched;
    }

    private static List<byte[]> v1Entries(String header) {
        List<byte[]> entries = new ArrayList<>();
        for (String entry : header.split(" ")) {
            int comma = entry.indexOf(',');
            if (comma > 0 && VERSION.equals(entry.substring(0, comma))) {
                entries.add(entry.substring(comma + 1).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return entries;
    }

    private static byte[] mac(byte[] key, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }
}
