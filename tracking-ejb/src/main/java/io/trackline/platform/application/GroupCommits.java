package io.trackline.platform.application;

import io.trackline.platform.api.Meters;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Makes the ingestion paths' {@link GroupCommit}s, all bounded alike and guarded by the one
 * {@link DatabaseBreaker}. Settings: {@code trackline.store.writers} (default 2 batches written at once per
 * path), {@code trackline.store.queue-capacity} (default 1024 items waiting per
 * path), {@code trackline.store.max-wait-ms} (default 500: the longest a request waits for its commit) and
 * {@code trackline.shutdown.grace-seconds} (default 10: how long a stopping node goes on writing what it
 * accepted).
 */
@ApplicationScoped
public class GroupCommits {

    @Inject
    @ConfigProperty(name = "trackline.store.writers", defaultValue = "2")
    int writers;

    @Inject
    @ConfigProperty(name = "trackline.store.queue-capacity", defaultValue = "1024")
    int capacity;

    @Inject
    @ConfigProperty(name = "trackline.store.max-wait-ms", defaultValue = "500")
    long maxWaitMillis;

    @Inject
    @ConfigProperty(name = "trackline.shutdown.grace-seconds", defaultValue = "10")
    long graceSeconds;

    @Inject
    LoopThreads loops;

    /** Liberty's default executor, which serves requests: where committed requests are answered. */
    @Resource
    ManagedExecutorService answers;

    @Inject
    DatabaseBreaker breaker;

    @Inject
    Meters meters;

    /** A group commit named {@code name} (its meters' {@code path}), with its meters. */
    public <I, R> GroupCommit<I, R> create(String name, Function<List<I>, List<R>> writer, int maxBatch) {
        Tag path = new Tag("path", name);
        Histogram sizes = meters.histogram("trackline_group_commit_batch_size", "Items per committed batch", path);
        Timer commits = meters.timer("trackline_group_commit", "How long a batch took to write and commit", path);
        Function<List<I>, List<R>> metered = items -> {
            long start = System.nanoTime();
            List<R> results = writer.apply(items);
            commits.update(Duration.ofNanos(System.nanoTime() - start));
            sizes.update(items.size());
            return results;
        };
        GroupCommit<I, R> groupCommit = new GroupCommit<>(name, loops, answers, metered,
                new GroupCommit.Settings(writers, maxBatch, capacity, maxWait()), breaker.breaker());
        meters.gauge("trackline_group_commit_queued", "Items waiting for a writer", groupCommit,
                GroupCommit::queued, path);
        return groupCommit;
    }

    /** Writes what the group commit has accepted, for at most the shutdown grace period. */
    public void stop(GroupCommit<?, ?> groupCommit) {
        groupCommit.stop(grace());
    }

    /** The longest a request waits for its commit. */
    public Duration maxWait() {
        return Duration.ofMillis(maxWaitMillis);
    }

    /** How long a stopping node goes on writing what it accepted. */
    public Duration grace() {
        return Duration.ofSeconds(graceSeconds);
    }
}
