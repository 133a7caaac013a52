package io.trackline.mmp.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Public click ids: 128 random bits, URL-safe, so that nobody can guess another visitor's click. */
public final class ClickId {

    public static final int LENGTH = 22;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

    private ClickId() {
    }

    public static String next() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** Whether a value can be a click id at all: anything else needs no look-up. */
    public static boolean plausible(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }
}
