package io.trackline.retail.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.trackline.platform.api.IdempotencyConflictException;
import io.trackline.platform.api.ReplayedRequestException;
import io.trackline.platform.api.RequestInProgressException;
import io.trackline.retail.api.ReplayClaims.Answer;
import io.trackline.retail.api.ReplayClaims.Claim;
import io.trackline.retail.api.ReplayClaims.Outcome;
import io.trackline.retail.api.ReplayKey;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The signed requests that may succeed once, by replay key: those in flight, and those that succeeded, with
 * their answer (when small enough to keep). A key is claimed when its request starts and used up only when
 * it succeeds; a request that fails gives its key back, so the same request can be tried again. While one
 * copy is in flight another gets 409. Once one succeeded, a Standard Webhooks repeat (same id, same request)
 * gets its answer again, one for a different request under that id 422, and a seed-signed repeat 409.
 *
 * <p>Entries live {@code retention} after their last change, and take at most {@code maxWeight} bytes
 * (about: key, digest and kept answer); past that the least useful go first.
 */
public final class SignedRequestLedger {

    /** A key's state: in flight (no answer yet) or succeeded (its answer, {@code null} when not kept). */
    private record Entry(long ticket, byte[] digest, boolean succeeded, Answer answer) {
    }

    /** A key's entry with its key and digest, about: the cache's node, the strings, the records, the arrays. */
    private static final int ENTRY_OVERHEAD_BYTES = 240;

    private final Cache<String, Entry> entries;
    private final AtomicLong tickets = new AtomicLong();
    private final int answerMaxBytes;

    SignedRequestLedger(Duration retention, long maxWeight, int answerMaxBytes, Ticker ticker, Executor executor) {
        this.answerMaxBytes = answerMaxBytes;
        this.entries = Caffeine.newBuilder().expireAfterWrite(retention).maximumWeight(maxWeight)
                .weigher((String key, Entry entry) -> ENTRY_OVERHEAD_BYTES + key.length()
                        + (entry.answer() == null ? 0 : entry.answer().body().length))
                .ticker(ticker).executor(executor).build();
    }

    /**
     * Claims the key for a request, whose digest tells one request from another under the same key.
     *
     * @throws RequestInProgressException   a copy of it is in flight (409)
     * @throws IdempotencyConflictException a different request took this webhook-id (422)
     * @throws ReplayedRequestException     a seed-signed copy succeeded, or a Standard Webhooks copy whose
     *                                      answer was too large to keep (409)
     */
    Outcome claim(ReplayKey replayKey, byte[] digest) {
        String key = replayKey.retailerId() + ":" + replayKey.kind() + ":" + replayKey.value();
        Entry claimed = new Entry(tickets.incrementAndGet(), digest, false, null);
        Entry existing = entries.asMap().putIfAbsent(key, claimed);
        if (existing == null) {
            return new Outcome(Optional.of(new Claim(key, claimed.ticket(), digest)), Optional.empty());
        }
        if (replayKey.answersRepeats() && !MessageDigest.isEqual(existing.digest(), digest)) {
            throw new IdempotencyConflictException(replayKey.value());
        }
        if (!existing.succeeded()) {
            throw new RequestInProgressException("The same request is being answered; retry once it has been.");
        }
        if (!replayKey.answersRepeats()) {
            throw new ReplayedRequestException("This signed request was received before.");
        }
        if (existing.answer() == null) {
            throw new ReplayedRequestException("A request with this webhook-id succeeded before; its answer was"
                    + " over " + answerMaxBytes + " bytes and is not kept to be sent again.");
        }
        return new Outcome(Optional.empty(), Optional.of(existing.answer()));
    }

    /**
     * The claimed request succeeded: its key is used up, and its answer kept ({@code null}: too large to
     * keep). A claim evicted meanwhile (the ledger full) is put back, unless another request has claimed
     * the key since.
     */
    void succeeded(Claim claim, Answer answer) {
        Answer kept = answer != null && answer.body().length <= answerMaxBytes ? answer : null;
        Entry used = new Entry(claim.ticket(), claim.digest(), true, kept);
        Entry current = entries.asMap().putIfAbsent(claim.key(), used);
        if (current != null && current.ticket() == claim.ticket()) {
            entries.asMap().replace(claim.key(), current, used);
        }
    }

    /**
     * The same request succeeded on another node: its key is used up here too, with its answer (whatever
     * this node had under the key: a copy in flight here finds, when it ends, that the key is taken).
     */
    void succeededElsewhere(String key, byte[] digest, Answer answer) {
        entries.put(key, new Entry(tickets.incrementAndGet(), digest, true, answer));
    }

    /** The claimed request failed (or was refused): the key is free for the same request again. */
    void failed(Claim claim) {
        Entry current = entries.asMap().get(claim.key());
        if (current != null && current.ticket() == claim.ticket() && !current.succeeded()) {
            entries.asMap().remove(claim.key(), current);
        }
    }

    /** How many keys are kept now (after pending evictions), for tests. */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
