package io.trackline.platform.application;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An item queued for a {@link GroupCommit}, and its answer. Its state says who answers it, once: the writer
 * that claimed it (with its result, or its batch's failure), the deadline keeper (late), or the breaker's
 * opening (the database is down).
 */
final class QueuedWrite<I, R> {

    static final int QUEUED = 0;
    static final int WRITING = 1;
    static final int ANSWERED = 2;

    private final I item;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final long queuedAt;
    private final long deadline;
    private final AtomicInteger state = new AtomicInteger(QUEUED);

    QueuedWrite(I item, long queuedAt, long deadline) {
        this.item = item;
        this.queuedAt = queuedAt;
        this.deadline = deadline;
    }

    I item() {
        return item;
    }

    CompletableFuture<R> result() {
        return result;
    }

    /** When it was queued, {@link System#nanoTime()}. */
    long queuedAt() {
        return queuedAt;
    }

    /** When it must be answered by, {@link System#nanoTime()}. */
    long deadline() {
        return deadline;
    }

    /** A writer takes it, unless it was answered meanwhile (late). */
    boolean claim() {
        return state.compareAndSet(QUEUED, WRITING);
    }

    void complete(R value) {
        if (state.compareAndSet(WRITING, ANSWERED)) {
            result.complete(value);
        }
    }

    void fail(Throwable failure) {
        if (state.getAndSet(ANSWERED) != ANSWERED) {
            result.completeExceptionally(failure);
        }
    }

    /** Answers it as late, unless it left state {@code from} meanwhile. */
    void expire(int from, Throwable failure) {
        if (state.compareAndSet(from, ANSWERED)) {
            result.completeExceptionally(failure);
        }
    }

    boolean beingWritten() {
        return state.get() == WRITING;
    }
}
