package io.trackline.auction.application;

import io.trackline.platform.api.StoreBacklogException;
import io.trackline.platform.application.GroupCommit;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records auctions behind the response: an auction's answer does not wait for the database. One writer
 * takes whatever has queued (up to {@value #MAX_BATCH}) into one transaction. Until its batch is written,
 * an auction stays here, so that a click right after it finds its winners. When the database falls so far
 * behind that {@value #MAX_UNWRITTEN} auctions wait, new auctions are refused (503) rather than run and
 * then not recorded.
 */
@ApplicationScoped
public class AuctionLog {

    static final int MAX_BATCH = 1_000;
    static final int MAX_UNWRITTEN = 50_000;
    private static final Logger LOG = Logger.getLogger(AuctionLog.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private AuctionLogWriter writer;

    private GroupCommit<AuctionRecord, Boolean> groupCommit;
    private final Map<String, AuctionRecord> unwritten = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        groupCommit = new GroupCommit<>("auction record", executor, writer::write, 1, MAX_BATCH);
    }

    public void record(AuctionRecord auction) {
        if (unwritten.size() >= MAX_UNWRITTEN) {
            throw new StoreBacklogException(MAX_UNWRITTEN + " auctions are waiting to be recorded.");
        }
        unwritten.put(auction.auctionUuid(), auction);
        groupCommit.submit(auction).whenComplete((written, failure) -> {
            unwritten.remove(auction.auctionUuid());
            if (failure != null) {
                LOG.log(Level.WARNING, "Auction " + auction.auctionGroupId() + " could not be recorded", failure);
            }
        });
    }

    /** The auction of that UUID while it waits to be written; afterwards, the database has it. */
    public Optional<AuctionRecord> unwritten(String auctionUuid) {
        return Optional.ofNullable(unwritten.get(auctionUuid));
    }

    @PreDestroy
    void stop() {
        groupCommit.stop();
    }
}
