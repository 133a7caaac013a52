package io.trackline.platform.domain;

import java.time.Instant;
import java.time.LocalDate;

/** The shared key of each UTC day, stored sealed; whichever node needs a day's key first stores it. */
public interface DailyHashKeys {

    /** The purpose the keys' sealing key is derived for from the master key. */
    String PURPOSE = "daily-hash-keys";

    /** A stored key as it is: sealed with its nonce, or (from an earlier release) in clear, without one. */
    record StoredKey(byte[] bytes, byte[] nonce) {
    }

    /** What a day's key is sealed for: a row moved to another day does not open. */
    static String owner(LocalDate day) {
        return "daily-hash-key:" + day;
    }

    /** Stores {@code candidate} as the day's key unless one is stored already; answers the day's stored key. */
    StoredKey storeFirst(LocalDate day, KeyCipher.Sealed candidate, Instant now);

    /** Destroys the keys of the days before {@code firstKept}; answers how many. */
    int destroyBefore(LocalDate firstKept);
}
