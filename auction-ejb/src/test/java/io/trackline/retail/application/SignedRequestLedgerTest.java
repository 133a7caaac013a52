package io.trackline.retail.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.platform.api.IdempotencyConflictException;
import io.trackline.platform.api.ReplayedRequestException;
import io.trackline.platform.api.RequestInProgressException;
import io.trackline.retail.api.ReplayClaims;
import io.trackline.retail.api.ReplayKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A replay key is used up only by a request that succeeded: a failed one can be tried again unchanged; two
 * copies at once, one wins; a Standard Webhooks repeat gets the first answer, another body under its id 422.
 */
class SignedRequestLedgerTest {

    private static final ReplayKey WEBHOOK = ReplayKey.webhookId(7, "msg_1");
    private static final ReplayKey SIGNATURE = ReplayKey.signature(7, "k+OWP4Ma3U+6BEEopquZzqunnB+w7/vCuAbGdl7iJwg=");
    private static final byte[] BODY = ReplayProtection.digest("auction", bytes("{\"uid\":\"1\"}"));
    private static final byte[] OTHER_BODY = ReplayProtection.digest("auction", bytes("{\"uid\":\"2\"}"));
    private static final ReplayClaims.Answer ANSWER = new ReplayClaims.Answer(200, "application/json",
            bytes("{\"auction_group_id\":\"g\"}"));

    private final AtomicLong nanos = new AtomicLong();
    private final SignedRequestLedger ledger = new SignedRequestLedger(Duration.ofSeconds(600), 1_000_000, 64,
            nanos::get, Runnable::run);

    @Test
    void aRequestThatSucceededIsAnsweredAgainWithItsFirstAnswer() {
        ReplayClaims.Claim claim = ledger.claim(WEBHOOK, BODY).claim().orElseThrow();
        ledger.succeeded(claim, ANSWER);

        ReplayClaims.Outcome repeat = ledger.claim(WEBHOOK, BODY);

        assertTrue(repeat.claim().isEmpty(), "a repeat does not run");
        assertEquals(200, repeat.earlier().orElseThrow().status());
        assertArrayEquals(ANSWER.body(), repeat.earlier().orElseThrow().body());
    }

    @Test
    void aKeyUsedUpOnAnotherNodeIsUsedUpHereWithTheAnswerItCarried() {
        ReplayClaims.Claim elsewhere = new SignedRequestLedger(Duration.ofSeconds(600), 1_000_000, 64, nanos::get,
                Runnable::run).claim(WEBHOOK, BODY).claim().orElseThrow();
        UsedKey carried = UsedKey.decode(new UsedKey(elsewhere.digest(), ANSWER).encode());
        ledger.succeededElsewhere(elsewhere.key(), carried.digest(), carried.answer());

        ReplayClaims.Outcome repeat = ledger.claim(WEBHOOK, BODY);
        assertTrue(repeat.claim().isEmpty(), "a repeat here does not run again");
        assertArrayEquals(ANSWER.body(), repeat.earlier().orElseThrow().body());
        assertEquals("application/json", repeat.earlier().orElseThrow().mediaType());
        assertThrows(IdempotencyConflictException.class, () -> ledger.claim(WEBHOOK, OTHER_BODY));

        ledger.succeededElsewhere(SIGNATURE.retailerId() + ":" + SIGNATURE.kind() + ":" + SIGNATURE.value(), BODY,
                UsedKey.decode(new UsedKey(BODY, null).encode()).answer());
        assertThrows(ReplayedRequestException.class, () -> ledger.claim(SIGNATURE, BODY));
    }

    @Test
    void anotherRequestUnderAUsedWebhookIdIsAConflictInFlightOrDone() {
        ReplayClaims.Claim claim = ledger.claim(WEBHOOK, BODY).claim().orElseThrow();
        assertThrows(IdempotencyConflictException.class, () -> ledger.claim(WEBHOOK, OTHER_BODY));

        ledger.succeeded(claim, ANSWER);

        assertThrows(IdempotencyConflictException.class, () -> ledger.claim(WEBHOOK, OTHER_BODY));
    }

    @Test
    void aRequestThatFailedCanBeTriedAgainUnchanged() {
        ReplayClaims.Claim first = ledger.claim(WEBHOOK, BODY).claim().orElseThrow();
        ledger.failed(first);

        ReplayClaims.Claim retry = ledger.claim(WEBHOOK, BODY).claim().orElseThrow();
        ledger.failed(first);

        assertThrows(RequestInProgressException.class, () -> ledger.claim(WEBHOOK, BODY),
                "a late word from the first attempt does not free the retry's claim");
        ledger.succeeded(retry, ANSWER);
        assertTrue(ledger.claim(WEBHOOK, BODY).earlier().isPresent());
    }

    @Test
    void aSeedSignatureThatSucceededIsRefusedAsAReplay() {
        ReplayClaims.Claim claim = ledger.claim(SIGNATURE, BODY).claim().orElseThrow();
        assertThrows(RequestInProgressException.class, () -> ledger.claim(SIGNATURE, BODY));

        ledger.succeeded(claim, ANSWER);

        assertThrows(ReplayedRequestException.class, () -> ledger.claim(SIGNATURE, BODY));
        assertThrows(ReplayedRequestException.class, () -> ledger.claim(SIGNATURE, OTHER_BODY),
                "one seed signature can cover several bodies: it is used up by any of them");
    }

    @Test
    void keysAreTheRetailersOwnAndOfTheirKind() {
        ledger.succeeded(ledger.claim(WEBHOOK, BODY).claim().orElseThrow(), ANSWER);

        assertTrue(ledger.claim(ReplayKey.webhookId(11, "msg_1"), BODY).claim().isPresent(), "another retailer");
        assertTrue(ledger.claim(ReplayKey.signature(7, "msg_1"), BODY).claim().isPresent(), "a signature");
    }

    @Test
    void anAnswerTooLargeToKeepStillUsesTheKeyUp() {
        ReplayClaims.Claim claim = ledger.claim(WEBHOOK, BODY).claim().orElseThrow();
        ledger.succeeded(claim, new ReplayClaims.Answer(200, "text/csv", new byte[65]));

        assertThrows(ReplayedRequestException.class, () -> ledger.claim(WEBHOOK, BODY));
    }

    @Test
    void aKeyIsForgottenAfterTheRetention() {
        ledger.succeeded(ledger.claim(WEBHOOK, BODY).claim().orElseThrow(), ANSWER);

        nanos.addAndGet(Duration.ofSeconds(599).toNanos());
        assertTrue(ledger.claim(WEBHOOK, BODY).earlier().isPresent());
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertTrue(ledger.claim(WEBHOOK, BODY).claim().isPresent());
    }

    @Test
    void memoryIsBoundedByWeight() {
        SignedRequestLedger small = new SignedRequestLedger(Duration.ofSeconds(600), 10_000, 64, nanos::get,
                Runnable::run);
        for (int i = 0; i < 1_000; i++) {
            small.succeeded(small.claim(ReplayKey.webhookId(7, "msg_" + i), BODY).claim().orElseThrow(), ANSWER);
        }

        assertTrue(small.size() < 50, "kept " + small.size());
    }

    @Test
    void ofTwoCopiesAtOnceOneRunsAndTheOthersAreTold409() throws Exception {
        int copies = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                calls.add(() -> {
                    start.await();
                    try {
                        return ledger.claim(WEBHOOK, BODY).claim().isPresent() ? "claimed" : "answered";
                    } catch (RequestInProgressException e) {
                        return "409";
                    }
                });
            }
            List<Future<String>> results = new ArrayList<>();
            calls.forEach(call -> results.add(pool.submit(call)));
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }

            assertEquals(1, outcomes.stream().filter("claimed"::equals).count(), outcomes.toString());
            assertEquals(copies - 1, outcomes.stream().filter("409"::equals).count(), outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
