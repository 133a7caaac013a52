package io.trackline.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trackline.platform.api.StoreUnavailableException;
import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final Duration LONG_WAIT = Duration.ofSeconds(30);

    private final ExecutorService pool = Executors.newCachedThreadPool();
    // The writer is only handed to the pool when a test says so: whatever was submitted before is then
    // waiting in the queue, so the batches are known in advance instead of depending on timing.
    private final HeldExecutor executor = new HeldExecutor(pool);
    private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final CircuitBreaker breaker = new CircuitBreaker(1, 2, opened::add);
    private GroupCommit<Integer, String> commit;

    /** Holds what it is given until released, then runs everything at once. */
    private static final class HeldExecutor implements Executor {
        private final Executor pool;
        private final List<Runnable> held = new ArrayList<>();
        private boolean released;

        HeldExecutor(Executor pool) {
            this.pool = pool;
        }

        @Override
        public synchronized void execute(Runnable task) {
            if (released) {
                pool.execute(task);
            } else {
                held.add(task);
            }
        }

        /** The first task held is the writer: without it, only the deadline keeper runs. */
        synchronized void dropWriter() {
            held.remove(0);
        }

        synchronized void release() {
            released = true;
            held.forEach(pool::execute);
        }
    }

    @AfterEach
    void stopTheWriter() throws InterruptedException {
        commit.stop(Duration.ofSeconds(5));
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS), "the writers should end once stopped");
    }

    private void writeWith(Function<List<Integer>, List<String>> writer, int maxBatch) {
        writeWith(writer, maxBatch, 100, LONG_WAIT);
    }

    private void writeWith(Function<List<Integer>, List<String>> writer, int maxBatch, int capacity,
                           Duration maxWait) {
        commit = new GroupCommit<>("test", executor, Runnable::run, batch -> {
            batches.add(batch);
            return writer.apply(batch);
        }, new GroupCommit.Settings(1, maxBatch, capacity, maxWait), breaker);
    }

    private List<CompletableFuture<String>> submitThenStartWriting(int... items) {
        List<CompletableFuture<String>> results = IntStream.of(items).mapToObj(commit::submit).toList();
        executor.release();
        return results;
    }

    private static List<String> tagged(List<Integer> batch) {
        return batch.stream().map(item -> "written " + item).toList();
    }

    private static Throwable failure(CompletableFuture<String> result) {
        return assertThrows(ExecutionException.class, () -> result.get(5, TimeUnit.SECONDS)).getCause();
    }

    @Test
    void eachItemGetsItsOwnResultFromOneBatch() throws Exception {
        writeWith(GroupCommitTest::tagged, 10);

        List<CompletableFuture<String>> results = submitThenStartWriting(1, 2, 3);

        assertEquals("written 1", results.get(0).get(5, TimeUnit.SECONDS));
        assertEquals("written 2", results.get(1).get(5, TimeUnit.SECONDS));
        assertEquals("written 3", results.get(2).get(5, TimeUnit.SECONDS));
        assertEquals(List.of(List.of(1, 2, 3)), batches);
    }

    @Test
    void aBatchTakesNoMoreThanTheMaximum() throws Exception {
        writeWith(GroupCommitTest::tagged, 2);

        List<CompletableFuture<String>> results = submitThenStartWriting(1, 2, 3, 4, 5);

        assertEquals("written 5", results.get(4).get(5, TimeUnit.SECONDS));
        assertEquals(List.of(List.of(1, 2), List.of(3, 4), List.of(5)), batches);
    }

    @Test
    void anUnavailableStoreFailsTheWholeBatchWithoutRetrying() {
        EJBException unavailable = new EJBException(new PersistenceException(
                new SQLTransientConnectionException("pool exhausted")));
        writeWith(batch -> {
            throw unavailable;
        }, 10);

        List<CompletableFuture<String>> results = submitThenStartWriting(1, 2, 3);

        results.forEach(result -> assertSame(unavailable, failure(result)));
        assertEquals(List.of(List.of(1, 2, 3)), batches);
    }

    @Test
    void oneBadItemIsFoundByWritingOneByOneAndFailsAlone() throws Exception {
        IllegalArgumentException bad = new IllegalArgumentException("item 2 breaks a constraint");
        writeWith(batch -> {
            if (batch.contains(2)) {
                throw bad;
            }
            return tagged(batch);
        }, 10);

        List<CompletableFuture<String>> results = submitThenStartWriting(1, 2, 3);

        assertEquals("written 1", results.get(0).get(5, TimeUnit.SECONDS));
        assertSame(bad, failure(results.get(1)));
        assertEquals("written 3", results.get(2).get(5, TimeUnit.SECONDS));
        assertEquals(List.of(List.of(1, 2, 3), List.of(1), List.of(2), List.of(3)), batches);
    }

    @Test
    void whatWasQueuedBeforeStopIsStillWritten() throws Exception {
        writeWith(GroupCommitTest::tagged, 10);
        CompletableFuture<String> queued = commit.submit(1);
        executor.release();

        commit.stop(Duration.ofSeconds(5));

        assertEquals("written 1", queued.get(5, TimeUnit.SECONDS));
    }

    @Test
    void afterStopNothingIsAccepted() {
        writeWith(GroupCommitTest::tagged, 10);
        commit.stop(Duration.ZERO);

        List<CompletableFuture<String>> results = submitThenStartWriting(1);

        assertUnavailable(failure(results.get(0)), "Trackline is stopping");
        assertEquals(List.of(), batches);
    }

    @Test
    void aFullQueueRefusesAtOnce() throws Exception {
        writeWith(GroupCommitTest::tagged, 10, 2, LONG_WAIT);

        List<CompletableFuture<String>> results = IntStream.of(1, 2, 3).mapToObj(commit::submit).toList();

        assertUnavailable(failure(results.get(2)), "2 tests are waiting to be written");
        executor.release();
        assertEquals("written 2", results.get(1).get(5, TimeUnit.SECONDS));
    }

    @Test
    void anItemNoWriterTookInTimeIsRefusedAndNeverWritten() throws Exception {
        writeWith(GroupCommitTest::tagged, 10, 100, Duration.ofMillis(100));
        CompletableFuture<String> late = commit.submit(1);
        executor.dropWriter();
        executor.release();

        assertUnavailable(failure(late), "it was not recorded");
        assertEquals(List.of(), batches);
        assertEquals(List.of(), opened, "a queue that waits is load, not a database fault");
    }

    @Test
    void whileTheOldestQueuedItemHasWaitedHalfTheLongestWaitNewOnesAreRefusedAtOnce() throws Exception {
        writeWith(GroupCommitTest::tagged, 10, 100, Duration.ofMillis(400));
        CompletableFuture<String> first = commit.submit(1);
        TimeUnit.MILLISECONDS.sleep(250);

        CompletableFuture<String> refused = commit.submit(2);
        executor.release();

        assertUnavailable(failure(refused), "have waited too long to be written; it was not recorded");
        assertEquals("written 1", first.get(5, TimeUnit.SECONDS));
        assertEquals("written 3", commit.submit(3).get(5, TimeUnit.SECONDS), "the queue is short again");
    }

    @Test
    void aBatchStuckInTheDatabaseIsAnsweredAtItsDeadlineAndOpensTheBreaker() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        writeWith(batch -> {
            await(release);
            return tagged(batch);
        }, 10, 100, Duration.ofMillis(200));

        List<CompletableFuture<String>> results = submitThenStartWriting(1, 2);

        long started = System.nanoTime();
        assertUnavailable(failure(results.get(0)), "it may or may not be recorded");
        assertUnavailable(failure(results.get(1)), "it may or may not be recorded");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2_000);
        assertEquals(1, opened.size(), "the stuck batch opens the breaker: " + opened);
        assertUnavailable(failure(commit.submit(3)), "The database is unavailable");
        release.countDown();
    }

    @Test
    void asTheBreakerOpensWhatIsQueuedOrBeingWrittenIsAnsweredAtOnceAndTheQueuedIsNeverWritten() throws Exception {
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        writeWith(batch -> {
            taken.countDown();
            await(release);
            return tagged(batch);
        }, 10, 100, LONG_WAIT);
        CompletableFuture<String> beingWritten = submitThenStartWriting(1).get(0);
        assertTrue(taken.await(5, TimeUnit.SECONDS));
        CompletableFuture<String> queued = commit.submit(2);

        long opened = System.nanoTime();
        breaker.failed(new SQLTransientConnectionException("Connection reset"));

        assertUnavailable(failure(beingWritten), "stopped answering while this test was being written; it may or"
                + " may not be recorded");
        assertUnavailable(failure(queued), "The database is unavailable; nothing was recorded");
        assertTrue(Duration.ofNanos(System.nanoTime() - opened).toMillis() < 2_000, "not at the deadline, 30 s");
        release.countDown();
        breaker.close();
        assertEquals("written 3", commit.submit(3).get(5, TimeUnit.SECONDS));
        assertEquals(List.of(List.of(1), List.of(3)), batches, "what was refused queued is never written");
    }

    @Test
    void aWriterKilledMidBatchAnswersItsBatchAndIsReplaced() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        writeWith(batch -> {
            if (calls.getAndIncrement() == 0) {
                throw new StackOverflowError("the writer dies mid-batch");
            }
            return tagged(batch);
        }, 10);

        List<CompletableFuture<String>> killed = submitThenStartWriting(1, 2);

        assertUnavailable(failure(killed.get(0)), "writer failed while writing this request");
        assertUnavailable(failure(killed.get(1)), "writer failed while writing this request");
        assertEquals("written 3", commit.submit(3).get(5, TimeUnit.SECONDS), "another writer took over");
    }

    @Test
    void anInterruptedWriterIsReplaced() throws Exception {
        AtomicReference<Thread> writerThread = new AtomicReference<>();
        writeWith(batch -> {
            writerThread.set(Thread.currentThread());
            return tagged(batch);
        }, 10);
        assertEquals("written 1", submitThenStartWriting(1).get(0).get(5, TimeUnit.SECONDS));

        writerThread.get().interrupt();

        assertEquals("written 2", commit.submit(2).get(5, TimeUnit.SECONDS));
    }

    @Test
    void anOpenBreakerRefusesWithoutQueueing() {
        writeWith(GroupCommitTest::tagged, 10);
        breaker.tooSlow("a test");

        List<CompletableFuture<String>> results = submitThenStartWriting(1);

        assertUnavailable(failure(results.get(0)), "The database is unavailable");
        assertEquals(List.of(), batches);
    }

    private static void assertUnavailable(Throwable failure, String detail) {
        StoreUnavailableException unavailable = assertInstanceOf(StoreUnavailableException.class, failure);
        assertTrue(unavailable.getMessage().contains(detail), unavailable.getMessage());
        assertEquals(503, unavailable.toProblem().status());
        assertTrue(unavailable.retryAfterSeconds().isPresent());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
