package io.trackline.platform.application;

import io.trackline.platform.infrastructure.StoreFailures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit. Requests queue their item and wait; a few writers each take whatever has queued (up to a
 * maximum) and write it in one transaction. Under load, batches grow by themselves, so one commit serves
 * many requests. A request's future completes only after its batch committed. If the database cannot take
 * the batch, every item in it fails at once (503); if one item is at fault, the others are written one by
 * one, so only that one fails.
 *
 * @param <I> what a request queues
 * @param <R> what it gets back once committed
 */
public final class GroupCommit<I, R> {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    private record Queued<I, R>(I item, CompletableFuture<R> result) {
    }

    private final String name;
    private final Executor executor;
    private final Function<List<I>, List<R>> writer;
    private final int writers;
    private final int maxBatch;
    private final BlockingQueue<Queued<I, R>> queue = new LinkedBlockingQueue<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean running = true;

    /**
     * @param writer writes a batch in one transaction and answers the results in the batch's order
     */
    public GroupCommit(String name, Executor executor, Function<List<I>, List<R>> writer, int writers, int maxBatch) {
        this.name = name;
        this.executor = executor;
        this.writer = writer;
        this.writers = writers;
        this.maxBatch = maxBatch;
    }

    public CompletableFuture<R> submit(I item) {
        if (started.compareAndSet(false, true)) {
            for (int i = 0; i < writers; i++) {
                executor.execute(this::writeUntilStopped);
            }
        }
        CompletableFuture<R> result = new CompletableFuture<>();
        if (!running) {
            result.completeExceptionally(new IllegalStateException("Trackline is stopping"));
            return result;
        }
        Queued<I, R> queued = new Queued<>(item, result);
        queue.add(queued);
        if (!running && queue.remove(queued)) {
            // stopped meanwhile, perhaps after the writers saw the queue empty and ended: nobody would take it
            result.completeExceptionally(new IllegalStateException("Trackline is stopping"));
        }
        return result;
    }

    /** Writes what is queued, then lets the writers end. */
    public void stop() {
        running = false;
    }

    private void writeUntilStopped() {
        List<Queued<I, R>> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Queued<I, R> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException | LinkageError | AssertionError e) {
                // anything but the JVM itself failing: losing a writer would leave requests waiting forever
                LOG.log(Level.SEVERE, "The " + name + " writer failed; it goes on", e);
            } finally {
                for (Queued<I, R> queued : batch) {
                    if (!queued.result().isDone()) {
                        queued.result().completeExceptionally(new IllegalStateException("The " + name
                                + " writer stopped"));
                    }
                }
                batch.clear();
            }
        }
    }

    private void write(List<Queued<I, R>> batch) {
        try {
            List<R> results = writer.apply(batch.stream().map(Queued::item).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1 || StoreFailures.isUnavailable(e)) {
                batch.forEach(queued -> queued.result().completeExceptionally(e));
            } else {
                for (Queued<I, R> queued : batch) {
                    write(List.of(queued));
                }
            }
        }
    }
}
