package io.trackline.platform.application;

import io.trackline.platform.api.StoreUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A deadline on the whole of an ingestion request, look-ups before its group commit included: the work
 * runs on a thread of a pool of its own ({@value #THREADS} threads, {@value #QUEUE} waiting; more are
 * refused, 503), and its answer is 503 once {@code trackline.store.max-wait-ms} plus {@value #MARGIN_MILLIS}
 * ms have passed, even while that thread still waits on a database that holds a lock (it lets go within
 * {@link io.trackline.platform.infrastructure.StoreFailures#LOOKUP_TIMEOUT_SECONDS} s). The pool is apart
 * from Liberty's own, so that threads waiting on the database never hold up the answering of requests.
 * Refusals are answered by {@value #REFUSAL_THREADS} threads of their own, which never wait on the database.
 * When the database's breaker opens, every request still waiting is answered 503 at once.
 * The group commit answers at its own deadline first; this one catches what waits before it.
 */
@ApplicationScoped
public class RequestDeadline {

    static final long MARGIN_MILLIS = 100;
    static final int THREADS = 64;
    static final int QUEUE = 1024;
    static final int REFUSAL_THREADS = 4;
    private static final long RETRY_AFTER_SECONDS = 1;

    @Inject
    GroupCommits groupCommits;

    @Inject
    DatabaseBreaker databaseBreaker;

    @Resource
    private ManagedThreadFactory threads;

    Executor executor;
    Executor refusals;
    private final Set<CompletableFuture<?>> waiting = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void start() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), threads);
        pool.allowCoreThreadTimeOut(true);
        executor = pool;
        refusals = refusalPool(threads);
        databaseBreaker.breaker().whenOpened(this::refuseWaiting);
    }

    /**
     * Where refusals are answered. Each is a moment's work. Past the queue's bound, or once stopping, the
     * thread that refuses answers it itself: a refusal is never dropped, or its request would get no answer.
     */
    static ThreadPoolExecutor refusalPool(ThreadFactory threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(REFUSAL_THREADS, REFUSAL_THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(THREADS + QUEUE), threads, (refusal, refusing) -> refusal.run());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @PreDestroy
    void stop() {
        ((ExecutorService) executor).shutdown();
        ((ExecutorService) refusals).shutdown();
    }

    /**
     * The breaker opened: every request still waiting is answered at once. Some may be in a commit that
     * the database finishes yet, so the answer says it may be recorded.
     */
    void refuseWaiting() {
        StoreUnavailableException cut = StoreUnavailableException.mayBeRecorded("The database stopped answering"
                + " while this request was being recorded", RETRY_AFTER_SECONDS);
        waiting.forEach(answer -> answer.completeExceptionally(cut));
    }

    /** The work's answer, or by the deadline a 503 that says the {@code what} may or may not be recorded. */
    public <T> CompletionStage<T> run(String what, Supplier<CompletionStage<T>> work) {
        long deadline = groupCommits.maxWait().toMillis() + MARGIN_MILLIS;
        CompletableFuture<CompletionStage<T>> started;
        try {
            started = CompletableFuture.supplyAsync(work, executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new StoreUnavailableException(QUEUE + " requests are waiting"
                    + " for the database; this " + what + " was not recorded. Retry later.", RETRY_AFTER_SECONDS));
        }
        CompletableFuture<T> answer = started.thenCompose(Function.identity());
        waiting.add(answer);
        answer.whenComplete((result, failure) -> waiting.remove(answer));
        // A refusal is answered on a pool thread: the thread that completes it (the JDK's one timer thread, a
        // group commit's deadline keeper, the one that opened the breaker) would otherwise write every refused
        // answer in turn, and under an outage the last of many would wait for the others. An answer in time
        // goes on as it came.
        return answer.orTimeout(deadline, TimeUnit.MILLISECONDS)
                .exceptionallyComposeAsync(failure -> {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    return CompletableFuture.<T>failedFuture(cause instanceof TimeoutException
                            ? StoreUnavailableException.mayBeRecorded("The database did not take this " + what
                            + " within " + deadline + " ms", RETRY_AFTER_SECONDS) : cause);
                }, refusals);
    }
}
