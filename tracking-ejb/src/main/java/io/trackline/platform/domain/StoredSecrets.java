package io.trackline.platform.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The rows that keep secrets at rest, as their migration to the master key sees them. */
public interface StoredSecrets {

    /** The pepper check recorded when the hashes were migrated, if they were. */
    Optional<String> pepperCheck();

    /**
     * Claims the migration for this pepper: the row is inserted in the caller's transaction, so a second
     * node starting at the same time waits for it and then finds it there. Answers whether this caller
     * claimed it (false: another did first).
     */
    boolean claimHashMigration(String pepperCheck, Instant now);

    /** Replaces every stored hash of every partner secret by what {@code rehash} makes of it; @return rows */
    int rehashAll(UnaryOperator<String> rehash);

    /** Seals every daily visitor-hash key still stored in clear; @return how many there were */
    int sealClearDailyKeys(KeyCipher cipher);
}
