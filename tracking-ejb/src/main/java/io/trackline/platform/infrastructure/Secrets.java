package io.trackline.platform.infrastructure;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets as URL-safe text: what Trackline hands out as keys, tokens and client secrets. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** {@code bytes} random bytes, Base64url without padding. */
    public static String random(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
