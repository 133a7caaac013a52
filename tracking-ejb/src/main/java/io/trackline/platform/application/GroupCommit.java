package io.trackline.platform.application;

import io.trackline.platform.api.StoreUnavailableException;
import io.trackline.platform.infrastructure.StoreFailures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * <p>Nothing waits without bound. At most {@link Settings#capacity()} items queue; one more is refused at
 * once (503). An item still unanswered {@link Settings#maxWait()} after it was queued is answered 503: if
 * no writer had taken it, nothing of it was written; if its batch was still being written, the answer says
 * it may have been (a retry with the same idempotency key tells). So that this stays rare, an item is
 * refused at once while the oldest one queued has waited over half the longest wait: under any load, the
 * queue stays short enough for what it holds to commit in time. A batch past the deadline counts towards
 * opening the {@link CircuitBreaker}; as it opens, every item still waiting is answered 503, and while it
 * is open nothing is queued. A deadline keeper of its own, not the writers, answers late items, so a
 * writer stuck in the database cannot hold anyone. A writer that is interrupted, or dies of an
 * {@link Error}, answers its batch (503), logs, and is replaced.
 *
 * @param <I> what a request queues
 * @param <R> what it gets back once committed
 */
public final class GroupCommit<I, R> {

    /**
     * @param writers  how many batches are written at once
     * @param maxBatch the most items in one transaction
     * @param capacity the most items waiting for a writer
     * @param maxWait  the longest a request waits for its answer
     */
    public record Settings(int writers, int maxBatch, int capacity, Duration maxWait) {
    }

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());
    private static final long TICK_MILLIS = 20;
    private static final long POLL_MILLIS = 200;
    private static final long RETRY_AFTER_SECONDS = 1;

    /** A batch being written, for the deadline keeper to watch. */
    private record Batch<I, R>(List<QueuedWrite<I, R>> items, AtomicBoolean late) {
    }

    private final String name;
    private final Executor executor;
    private final Executor answers;
    private final Function<List<I>, List<R>> writer;
    private final Settings settings;
    private final CircuitBreaker breaker;
    private final BlockingQueue<QueuedWrite<I, R>> queue;
    private final Set<Batch<I, R>> writing = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicInteger liveWriters = new AtomicInteger();
    private volatile boolean running = true;

    /**
     * @param executor runs the writers and the deadline keeper, a thread each for as long as they run
     * @param answers  where a committed batch's requests are answered, each apart (their answers are written
     *                 to the network there), so that the writer goes on to the next batch at once
     * @param writer   writes a batch in one transaction and answers the results in the batch's order
     */
    public GroupCommit(String name, Executor executor, Executor answers, Function<List<I>, List<R>> writer,
                       Settings settings, CircuitBreaker breaker) {
        this.name = name;
        this.executor = executor;
        this.answers = answers;
        this.writer = writer;
        this.settings = settings;
        this.breaker = breaker;
        this.queue = new ArrayBlockingQueue<>(settings.capacity());
        breaker.whenOpened(this::refuseWaiting);
    }

    public CompletableFuture<R> submit(I item) {
        if (started.compareAndSet(false, true)) {
            for (int i = 0; i < settings.writers(); i++) {
                startWriter();
            }
            executor.execute(this::keepDeadlines);
        }
        if (!running) {
            return CompletableFuture.failedFuture(stopping());
        }
        if (breaker.isOpen()) {
            return CompletableFuture.failedFuture(breaker.refusal());
        }
        long now = System.nanoTime();
        if (behind(now)) {
            return CompletableFuture.failedFuture(new StoreUnavailableException("The " + name + "s queued before"
                    + " this one have waited too long to be written; it was not recorded. Retry later.",
                    RETRY_AFTER_SECONDS));
        }
        QueuedWrite<I, R> waiting = new QueuedWrite<>(item, now, now + settings.maxWait().toNanos());
        if (!queue.offer(waiting)) {
            return CompletableFuture.failedFuture(new StoreUnavailableException(settings.capacity() + " " + name
                    + "s are waiting to be written; this one was not recorded. Retry later.", RETRY_AFTER_SECONDS));
        }
        if (!running && queue.remove(waiting)) {
            // stopped meanwhile, perhaps after the writers saw the queue empty and ended: nobody would take it
            waiting.fail(stopping());
        }
        return waiting.result();
    }

    /**
     * {@link #submit} on the caller's thread, for a path that answers synchronously: the result once its
     * batch committed, or the failure ({@link StoreUnavailableException} by the longest wait at the latest).
     */
    public R submitAndWait(I item) {
        try {
            return submit(item).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The oldest queued item has waited over half the longest wait: one queued now would wait as long, and
     * then its batch's writing, so it would likely miss its deadline. Refusing it at once keeps the queue
     * short enough for what is queued to commit in time, whatever the load.
     */
    private boolean behind(long now) {
        QueuedWrite<I, R> oldest = queue.peek();
        return oldest != null && now - oldest.queuedAt() > settings.maxWait().toNanos() / 2;
    }

    /** How many items wait for a writer. */
    public int queued() {
        return queue.size();
    }

    /**
     * Stops taking items and writes what is queued, waiting for that at most {@code grace}; whatever is
     * still unanswered then is answered 503.
     */
    public void stop(Duration grace) {
        running = false;
        long end = System.nanoTime() + grace.toNanos();
        try {
            while ((!queue.isEmpty() || !writing.isEmpty()) && liveWriters.get() > 0 && System.nanoTime() < end) {
                TimeUnit.MILLISECONDS.sleep(TICK_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<QueuedWrite<I, R>> left = new ArrayList<>();
        queue.drainTo(left);
        writing.forEach(batch -> left.addAll(batch.items()));
        left.forEach(waiting -> waiting.fail(stopping()));
    }

    private void startWriter() {
        liveWriters.incrementAndGet();
        try {
            executor.execute(this::writeUntilStopped);
        } catch (RejectedExecutionException e) {
            liveWriters.decrementAndGet();
            LOG.log(Level.SEVERE, "No thread for a " + name + " writer", e);
        }
    }

    private void writeUntilStopped() {
        boolean replace = false;
        List<QueuedWrite<I, R>> taken = new ArrayList<>(settings.maxBatch());
        try {
            while (running || !queue.isEmpty()) {
                QueuedWrite<I, R> first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    taken.add(first);
                    queue.drainTo(taken, settings.maxBatch() - 1);
                    writeClaimed(taken);
                    taken.clear();
                }
            }
        } catch (InterruptedException e) {
            LOG.log(Level.WARNING, "A {0} writer was interrupted; another takes its place", name);
            replace = true;
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "A " + name + " writer failed; another takes its place", e);
            replace = true;
        } finally {
            StoreUnavailableException lost = StoreUnavailableException.mayBeRecorded("The " + name
                    + " writer failed while writing this request", RETRY_AFTER_SECONDS);
            taken.forEach(waiting -> waiting.fail(lost));
            liveWriters.decrementAndGet();
        }
        if (replace && (running || !queue.isEmpty())) {
            startWriter();
        }
    }

    private void writeClaimed(List<QueuedWrite<I, R>> taken) {
        List<QueuedWrite<I, R>> claimed = new ArrayList<>(taken.size());
        for (QueuedWrite<I, R> waiting : taken) {
            if (waiting.claim()) {
                claimed.add(waiting);
            }
        }
        if (claimed.isEmpty()) {
            return;
        }
        Batch<I, R> batch = new Batch<>(claimed, new AtomicBoolean());
        writing.add(batch);
        try {
            write(claimed);
        } finally {
            writing.remove(batch);
        }
    }

    private void write(List<QueuedWrite<I, R>> batch) {
        try {
            List<R> results = writer.apply(batch.stream().map(QueuedWrite::item).toList());
            for (int i = 0; i < batch.size(); i++) {
                answer(batch.get(i), results.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1 || StoreFailures.isUnavailable(e)) {
                batch.forEach(waiting -> waiting.fail(e));
            } else {
                for (QueuedWrite<I, R> waiting : batch) {
                    write(List.of(waiting));
                }
            }
        }
    }

    /** Answers a committed item on the answering executor; should that refuse it, on this thread. */
    private void answer(QueuedWrite<I, R> waiting, R result) {
        try {
            answers.execute(() -> waiting.complete(result));
        } catch (RejectedExecutionException e) {
            waiting.complete(result);
        }
    }

    /** Answers every item past its deadline, queued or being written, until stopped and drained. */
    private void keepDeadlines() {
        try {
            while (running || !queue.isEmpty() || !writing.isEmpty()) {
                TimeUnit.MILLISECONDS.sleep(TICK_MILLIS);
                long now = System.nanoTime();
                expireQueued(now);
                writing.forEach(batch -> expireWriting(batch, now));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (running) {
                LOG.log(Level.WARNING, "The {0} deadline keeper was interrupted; another takes its place", name);
                executor.execute(this::keepDeadlines);
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "The " + name + " deadline keeper failed; another takes its place", e);
            executor.execute(this::keepDeadlines);
        }
    }

    private void expireQueued(long now) {
        StoreUnavailableException late = null;
        for (QueuedWrite<I, R> waiting : queue) {
            if (waiting.deadline() - now > 0) {
                return; // queued in order, so are their deadlines
            }
            if (late == null) {
                late = late();
            }
            waiting.expire(QueuedWrite.QUEUED, late);
        }
    }

    /**
     * The breaker opened: what is queued is answered at once (nothing of it was written), and so is what is
     * being written (it may have been), instead of at their deadlines.
     */
    private void refuseWaiting() {
        List<QueuedWrite<I, R>> queued = new ArrayList<>();
        queue.drainTo(queued);
        StoreUnavailableException refusal = breaker.refusal();
        queued.forEach(waiting -> waiting.expire(QueuedWrite.QUEUED, refusal));
        StoreUnavailableException cut = StoreUnavailableException.mayBeRecorded("The database stopped answering"
                + " while this " + name + " was being written", RETRY_AFTER_SECONDS);
        writing.forEach(batch -> batch.items().forEach(waiting -> waiting.expire(QueuedWrite.WRITING, cut)));
    }

    private StoreUnavailableException late() {
        return new StoreUnavailableException("The database could not take this " + name + " within "
                + settings.maxWait().toMillis() + " ms; it was not recorded. Retry later.", RETRY_AFTER_SECONDS);
    }

    private void expireWriting(Batch<I, R> batch, long now) {
        List<QueuedWrite<I, R>> items = batch.items();
        if (items.get(0).deadline() - now > 0 || !items.get(items.size() - 1).beingWritten()) {
            return; // the first was queued first, the last is answered last
        }
        if (batch.late().compareAndSet(false, true)) {
            // told before anyone is answered, so that whoever hears of the late answer finds the breaker told
            breaker.tooSlow("a " + name + " batch took over " + settings.maxWait().toMillis() + " ms");
        }
        StoreUnavailableException late = StoreUnavailableException.mayBeRecorded("The database did not commit this "
                + name + " within " + settings.maxWait().toMillis() + " ms", RETRY_AFTER_SECONDS);
        for (QueuedWrite<I, R> waiting : items) {
            if (waiting.deadline() - now <= 0) {
                waiting.expire(QueuedWrite.WRITING, late);
            }
        }
    }

    private static StoreUnavailableException stopping() {
        return new StoreUnavailableException("Trackline is stopping; this request was not recorded. Retry"
                + " (another node, or this one once restarted, takes it).", RETRY_AFTER_SECONDS);
    }
}
