package io.trackline.auction.application;

import io.trackline.auction.domain.AuctionRecord;
import io.trackline.platform.api.StoreUnavailableException;
import io.trackline.platform.application.CircuitBreaker;
import io.trackline.platform.application.DatabaseBreaker;
import io.trackline.platform.application.GroupCommits;
import io.trackline.platform.application.LoopThreads;
import io.trackline.platform.infrastructure.StoreFailures;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records auctions behind the response: an auction's answer does not wait for the database, and goes on
 * while the database is down. One writer takes whatever has queued (up to {@value #MAX_BATCH}) into one
 * transaction. Until its record is written, an auction stays here, so that a click right after it finds its
 * winners. A batch the database cannot take is kept and tried again (after 1 s, then longer, up to
 * {@value #MAX_BACKOFF_SECONDS} s, and at once when the circuit breaker closes), never dropped; a retry
 * leaves out the auctions an earlier attempt recorded after all. An auction the database refuses for a
 * fault of its own (not the database's) is logged and tried again every {@value #MAX_BACKOFF_SECONDS} s,
 * apart, so it holds up no other. Once {@code trackline.retail.auction-log.max-unwritten} (default 50,000)
 * auctions wait, new auctions are refused (503) rather than run and then not recorded.
 *
 * <p>What a kill -9 loses: the auctions waiting here, at most that bound (their answers were sent; they
 * are missing from reports and their clicks are refused). A stop writes them for up to
 * {@code trackline.shutdown.grace-seconds}, and logs how many it could not.
 */
@ApplicationScoped
public class AuctionLog {

    static final int MAX_BATCH = 1_000;
    static final long MAX_BACKOFF_SECONDS = 30;
    private static final long POLL_MILLIS = 200;
    private static final long RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(AuctionLog.class.getName());

    @Inject
    @ConfigProperty(name = "trackline.retail.auction-log.max-unwritten", defaultValue = "50000")
    int maxUnwritten;

    @Inject
    private GroupCommits groupCommits;

    @Inject
    private LoopThreads loops;

    @EJB
    private AuctionLogWriter writer;

    @Inject
    private DatabaseBreaker databaseBreaker;

    private final Map<String, AuctionRecord> unwritten = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final BlockingQueue<AuctionRecord> queue = new LinkedBlockingQueue<>();
    /** Auctions tried before with an unknown outcome: a retry checks whether they were recorded. */
    private final Set<String> tried = ConcurrentHashMap.newKeySet();
    private final List<AuctionRecord> refused = new ArrayList<>();
    private volatile boolean running;
    private long refusedRetryAt;

    @PostConstruct
    void start() {
        running = true;
        loops.execute(this::writeUntilStopped);
    }

    /** @throws StoreUnavailableException as many auctions as allowed wait to be recorded */
    public void record(AuctionRecord auction) {
        if (waiting.incrementAndGet() > maxUnwritten || !running) {
            waiting.decrementAndGet();
            throw new StoreUnavailableException(running ? maxUnwritten + " auctions are waiting to be recorded;"
                    + " no more are run until the database takes them. Retry later."
                    : "Trackline is stopping; retry on another node.", RETRY_AFTER_SECONDS);
        }
        unwritten.put(auction.auctionUuid(), auction);
        queue.add(auction);
    }

    /** The auction of that UUID while it waits to be written; afterwards, the database has it. */
    public Optional<AuctionRecord> unwritten(String auctionUuid) {
        return Optional.ofNullable(unwritten.get(auctionUuid));
    }

    /** How many auctions wait to be recorded. */
    public int waiting() {
        return waiting.get();
    }

    @PreDestroy
    void stop() {
        running = false;
        Duration grace = groupCommits.grace();
        long end = System.nanoTime() + grace.toNanos();
        try {
            while (waiting.get() > 0 && System.nanoTime() < end) {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (waiting.get() > 0) {
            LOG.log(Level.SEVERE, "Stopping with {0} auctions not recorded: the database did not take them within"
                    + " {1} s", new Object[] {waiting.get(), grace.toSeconds()});
        }
    }

    private void writeUntilStopped() {
        List<AuctionRecord> batch = new ArrayList<>(MAX_BATCH);
        int failures = 0;
        try {
            while (running || waiting.get() > 0) {
                if (batch.isEmpty()) {
                    takeBatch(batch);
                } else if (writeOrKeep(batch)) {
                    batch.clear();
                    failures = 0;
                } else {
                    failures++;
                    waitBeforeRetry(failures);
                }
            }
        } catch (InterruptedException e) {
            LOG.log(Level.WARNING, "The auction log writer was interrupted; another takes its place");
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "The auction log writer failed; another takes its place", e);
        } finally {
            // nothing taken is lost: it goes back to be written by the next writer
            batch.forEach(auction -> tried.add(auction.auctionUuid()));
            queue.addAll(batch);
        }
        if (running || waiting.get() > 0) {
            loops.execute(this::writeUntilStopped);
        }
    }

    private void takeBatch(List<AuctionRecord> batch) throws InterruptedException {
        retryRefused();
        AuctionRecord first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (first != null) {
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
        }
    }

    /** True when the batch is done with: written, or refused by the database for a fault of its own. */
    private boolean writeOrKeep(List<AuctionRecord> batch) {
        CircuitBreaker breaker = databaseBreaker.breaker();
        if (breaker.isOpen()) {
            return false;
        }
        try {
            writer.write(batch, batch.stream().anyMatch(auction -> tried.contains(auction.auctionUuid())));
            batch.forEach(this::written);
            return true;
        } catch (RuntimeException e) {
            batch.forEach(auction -> tried.add(auction.auctionUuid()));
            if (StoreFailures.isUnavailable(e)) {
                LOG.log(Level.WARNING, "{0} auctions could not be recorded yet, and are kept: {1}",
                        new Object[] {batch.size(), e.toString()});
                return false;
            }
            if (batch.size() == 1) {
                LOG.log(Level.SEVERE, "Auction " + batch.get(0).auctionGroupId() + " was refused by the database;"
                        + " it is kept and tried again every " + MAX_BACKOFF_SECONDS + " s", e);
                synchronized (refused) {
                    refused.add(batch.get(0));
                }
                return true;
            }
            for (AuctionRecord auction : batch) {
                // one at a time, so that one bad record holds up no other; an outage meanwhile keeps the rest
                if (!writeOrKeep(new ArrayList<>(List.of(auction)))) {
                    queue.add(auction);
                }
            }
            return true;
        }
    }

    private void written(AuctionRecord auction) {
        unwritten.remove(auction.auctionUuid());
        tried.remove(auction.auctionUuid());
        waiting.decrementAndGet();
    }

    private void retryRefused() {
        long now = System.nanoTime();
        synchronized (refused) {
            if (refused.isEmpty() || now - refusedRetryAt < 0) {
                return;
            }
            queue.addAll(refused);
            refused.clear();
        }
        refusedRetryAt = now + TimeUnit.SECONDS.toNanos(MAX_BACKOFF_SECONDS);
    }

    /** 1 s, 2 s, 4 s… up to the maximum, but at once when the breaker closes meanwhile. */
    private void waitBeforeRetry(int failures) throws InterruptedException {
        long seconds = Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(failures - 1, 5));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        boolean wasOpen = databaseBreaker.breaker().isOpen();
        while (System.nanoTime() < end) {
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            if (wasOpen && !databaseBreaker.breaker().isOpen()) {
                return;
            }
        }
    }
}
