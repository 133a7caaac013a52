package io.trackline.auction.application;

import io.trackline.platform.application.GroupCommit;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records auctions behind the response: an auction's answer does not wait for the database. One writer
 * takes whatever has queued (up to {@value #MAX_BATCH}) into one transaction.
 */
@ApplicationScoped
public class AuctionLog {

    static final int MAX_BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AuctionLog.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private AuctionLogWriter writer;

    private GroupCommit<AuctionRecord, Boolean> groupCommit;

    @PostConstruct
    void start() {
        groupCommit = new GroupCommit<>("auction record", executor, writer::write, 1, MAX_BATCH);
    }

    public void record(AuctionRecord auction) {
        groupCommit.submit(auction).whenComplete((written, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "Auction " + auction.auctionGroupId() + " could not be recorded", failure);
            }
        });
    }

    @PreDestroy
    void stop() {
        groupCommit.stop();
    }
}
