package io.trackline.retail.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 of a canonical string under a retailer's key, Base64; compared in constant time. */
public final class HmacSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private HmacSignature() {
    }

    public static String sign(byte[] key, String canonical) {
        return Base64.getEncoder().encodeToString(mac(key, canonical));
    }

    /** Whether the Base64 signature is the canonical string's under the key; a malformed one never is. */
    public static boolean matches(String signature, byte[] key, String canonical) {
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(key, canonical));
    }

    private static byte[] mac(byte[] key, String canonical) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }
}
