package io.trackline.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    // The writer is only handed to the pool when a test says so: whatever was submitted before is then
    // waiting in the queue, so the batches are known in advance instead of depending on timing.
    private final List<Runnable> writers = new ArrayList<>();
    private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
    private GroupCommit<Integer, String> commit;

    @AfterEach
    void stopTheWriter() throws InterruptedException {
        commit.stop();
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS), "the writer should end once stopped");
    }

    private void writeWith(Function<List<Integer>, List<String>> writer, int maxBatch) {
        commit = new GroupCommit<>("test", writers::add, batch -> {
            batches.add(batch);
            return writer.apply(batch);
        }, 1, maxBatch);
    }

    private List<CompletableFuture<String>> submitThenStartWriting(int... items) {
        List<CompletableFuture<String>> results = IntStream.of(items).mapToObj(commit::submit).toList();
        writers.forEach(pool::execute);
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

        commit.stop();
        writers.forEach(pool::execute);

        assertEquals("written 1", queued.get(5, TimeUnit.SECONDS));
    }

    @Test
    void afterStopNothingIsAccepted() {
        writeWith(GroupCommitTest::tagged, 10);
        commit.stop();

        List<CompletableFuture<String>> results = submitThenStartWriting(1);

        Throwable refused = failure(results.get(0));
        assertInstanceOf(IllegalStateException.class, refused);
        assertEquals("Trackline is stopping", refused.getMessage());
        assertEquals(List.of(), batches);
    }
}
