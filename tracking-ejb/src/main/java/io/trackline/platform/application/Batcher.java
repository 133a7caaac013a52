package io.trackline.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An ingestion path's group commit ({@link GroupCommit}) as an application-scoped bean: made at start with
 * the path's writer, up to {@value #MAX_BATCH} items a transaction and {@code trackline.store.writers}
 * batches at once ({@link GroupCommits}); stopped with the application, after writing what it accepted for
 * at most the shutdown grace. A path extends it with its name and its writer.
 *
 * @param <I> what a request queues
 * @param <R> what it gets back once committed
 */
public abstract class Batcher<I, R> {

    public static final int MAX_BATCH = 256;

    @Inject
    GroupCommits groupCommits;

    private GroupCommit<I, R> groupCommit;

    /** The path's name, its meters' {@code path} label. */
    protected abstract String name();

    /** Writes a batch in one transaction; the results in the batch's order. */
    protected abstract List<R> write(List<I> batch);

    @PostConstruct
    void start() {
        groupCommit = groupCommits.create(name(), this::write, MAX_BATCH);
    }

    /** The item's result once its batch committed, or its failure (503 by the longest wait at the latest). */
    public CompletableFuture<R> submit(I item) {
        return groupCommit.submit(item);
    }

    /** {@link #submit} on the caller's thread, for a path that answers synchronously. */
    public R submitAndWait(I item) {
        return groupCommit.submitAndWait(item);
    }

    @PreDestroy
    void stop() {
        groupCommits.stop(groupCommit);
    }
}
