package io.trackline.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EarlierOutcomeTest {

    private final IllegalStateException duplicateKey = new IllegalStateException("duplicate idempotency key");

    // A dependent stage reports its source's failure wrapped in a CompletionException, as a real write does.
    private final CompletionStage<String> failedWrite = CompletableFuture.<String>failedFuture(duplicateKey)
            .thenApply(written -> written);

    private static String value(CompletionStage<String> outcome) throws Exception {
        return outcome.toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    // get() would unwrap a CompletionException by itself; handle() shows the failure exactly as stored.
    private static Throwable failure(CompletionStage<String> outcome) throws Exception {
        return outcome.toCompletableFuture().handle((value, failure) -> failure).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aSuccessfulWriteIsTheOutcomeWithoutLookingForAnEarlierOne() throws Exception {
        CompletionStage<String> outcome = EarlierOutcome.orEarlier(CompletableFuture.completedFuture("written"),
                () -> fail("no earlier outcome is needed after a successful write"));

        assertEquals("written", value(outcome));
    }

    @Test
    void aFailedWriteAnswersWithTheEarlierOutcome() throws Exception {
        CompletionStage<String> outcome = EarlierOutcome.orEarlier(failedWrite, () -> Optional.of("first"));

        assertEquals("first", value(outcome));
    }

    @Test
    void withoutAnEarlierOutcomeTheFailureStandsUnwrapped() throws Exception {
        CompletionStage<String> outcome = EarlierOutcome.orEarlier(failedWrite, Optional::empty);

        assertSame(duplicateKey, failure(outcome));
    }

    @Test
    void aFailingLookUpIsTheFailure() throws Exception {
        IllegalStateException lookUpFailed = new IllegalStateException("database gone");

        CompletionStage<String> outcome = EarlierOutcome.orEarlier(failedWrite, () -> {
            throw lookUpFailed;
        });

        assertSame(lookUpFailed, failure(outcome));
    }
}
