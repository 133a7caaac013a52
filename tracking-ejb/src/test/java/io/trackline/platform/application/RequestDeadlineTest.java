package io.trackline.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.platform.api.InvalidFieldException;
import io.trackline.platform.api.StoreUnavailableException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestDeadlineTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final RequestDeadline deadline = new RequestDeadline();

    RequestDeadlineTest() {
        deadline.groupCommits = new GroupCommits();
        deadline.groupCommits.maxWaitMillis = 200;
        deadline.executor = pool;
        deadline.refusals = pool;
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static Throwable failure(java.util.concurrent.CompletionStage<?> stage) {
        return assertThrows(ExecutionException.class,
                () -> stage.toCompletableFuture().get(5, TimeUnit.SECONDS)).getCause();
    }

    @Test
    void anAnswerInTimeIsTheAnswer() throws Exception {
        assertEquals("committed", deadline.run("postback", () -> CompletableFuture.completedFuture("committed"))
                .toCompletableFuture().get(5, TimeUnit.SECONDS));
    }

    @Test
    void workStuckBeforeItsCommitIsAnswered503AtTheDeadline() {
        CountDownLatch lockHeld = new CountDownLatch(1);
        long start = System.nanoTime();

        Throwable late = failure(deadline.run("postback", () -> {
            await(lockHeld);
            return CompletableFuture.completedFuture("too late");
        }));

        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        StoreUnavailableException unavailable = assertInstanceOf(StoreUnavailableException.class, late);
        assertTrue(unavailable.getMessage().contains("within 300 ms; it may or may not be recorded"),
                unavailable.getMessage());
        assertTrue(millis >= 300 && millis < 2_000, millis + " ms");
        lockHeld.countDown();
    }

    @Test
    void asTheBreakerOpensEveryWaitingRequestIsAnsweredAtOnce() {
        deadline.groupCommits.maxWaitMillis = 30_000;
        CountDownLatch databaseGone = new CountDownLatch(1);
        java.util.concurrent.CompletionStage<String> waiting = deadline.run("postback", () -> {
            await(databaseGone);
            return CompletableFuture.completedFuture("too late");
        });
        long opened = System.nanoTime();

        deadline.refuseWaiting();

        StoreUnavailableException cut = assertInstanceOf(StoreUnavailableException.class, failure(waiting));
        assertTrue(cut.getMessage().contains("stopped answering while this request was being recorded; it may"
                + " or may not be recorded"), cut.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - opened).toMillis() < 2_000, "not at the deadline, 30 s");
        assertEquals("committed", deadline.run("postback", () -> CompletableFuture.completedFuture("committed"))
                .toCompletableFuture().join(), "what comes later is not cut");
        databaseGone.countDown();
    }

    @Test
    void aRefusalIsAnsweredEvenOnceTheRefusalThreadsAreStopped() {
        ThreadPoolExecutor refusals = RequestDeadline.refusalPool(Executors.defaultThreadFactory());
        refusals.shutdown();
        AtomicReference<String> answeredBy = new AtomicReference<>();

        refusals.execute(() -> answeredBy.set(Thread.currentThread().getName()));

        assertEquals(Thread.currentThread().getName(), answeredBy.get(), "by the thread that refused it");
    }

    @Test
    void theWorksOwnRefusalsPassThroughUnwrapped() {
        InvalidFieldException invalid = new InvalidFieldException("product", "No such product.");

        assertEquals(invalid, failure(deadline.run("postback", () -> {
            throw invalid;
        })));
        StoreUnavailableException full = new StoreUnavailableException("full", 1);
        assertEquals(full, failure(deadline.run("postback", () -> CompletableFuture.failedFuture(full))));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
