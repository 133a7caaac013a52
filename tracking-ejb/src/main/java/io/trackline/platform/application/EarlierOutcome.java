package io.trackline.platform.application;

import io.trackline.platform.infrastructure.StoreFailures;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * When an idempotent write fails, a concurrent request under the same idempotency key that committed first
 * may be the reason (its unique key refused ours): then the caller gets that request's answer. Otherwise,
 * and always when the database could not take the write (503: the look-up would wait on it too, on the
 * thread that answers every late request), the failure stands.
 */
public final class EarlierOutcome {

    private EarlierOutcome() {
    }

    public static <O> CompletionStage<O> orEarlier(CompletionStage<O> write, Supplier<Optional<O>> earlier) {
        CompletableFuture<O> outcome = new CompletableFuture<>();
        write.whenComplete((written, failure) -> {
            if (failure == null) {
                outcome.complete(written);
                return;
            }
            if (StoreFailures.isUnavailable(failure)) {
                // not a concurrent duplicate but the database: nothing to look up, and no time to wait for it
                outcome.completeExceptionally(unwrapped(failure));
                return;
            }
            try {
                Optional<O> first = earlier.get();
                if (first.isPresent()) {
                    outcome.complete(first.get());
                } else {
                    outcome.completeExceptionally(unwrapped(failure));
                }
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
        });
        return outcome;
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
