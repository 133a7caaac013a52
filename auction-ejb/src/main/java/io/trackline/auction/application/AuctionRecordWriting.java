package io.trackline.auction.application;

import io.trackline.auction.domain.AuctionRecord;
import io.trackline.platform.api.StoreUnavailableException;
import io.trackline.platform.application.DatabaseBreaker;
import io.trackline.platform.domain.ClusterBus;
import io.trackline.platform.domain.ClusterTopic;
import io.trackline.platform.infrastructure.StoreFailures;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * In cluster mode, the nodes write the auctions Kafka holds ({@link ClusterTopic#AUCTIONS}) into the
 * database together: Kafka gives each node some partitions, and a node takes its share a batch at a time
 * (up to 1,000), in one transaction, leaving out what the database has already, so that a batch taken again
 * (its node died before it said it was done, or the database failed midway) is recorded once. While the
 * database is down (its circuit breaker open), batches wait in Kafka, for a day at most, and are offered
 * again after a pause. A record the database refuses for a fault of its own (not an outage) is written
 * alone, so that it holds up no other, and if refused again is logged in full and left out.
 */
@ApplicationScoped
public class AuctionRecordWriting {

    static final String GROUP = "trackline-auction-writers";
    private static final Logger LOG = Logger.getLogger(AuctionRecordWriting.class.getName());

    @Inject
    ClusterBus bus;

    @Inject
    DatabaseBreaker databaseBreaker;

    @EJB
    AuctionLogWriter writer;

    void start(@Observes Startup startup) {
        bus.consumeShared(ClusterTopic.AUCTIONS, GROUP, batch -> write(batch.stream()
                .map(message -> AuctionRecordCodec.decode(message.value())).toList()));
    }

    private void write(List<AuctionRecord> batch) {
        if (databaseBreaker.breaker().isOpen()) {
            throw new StoreUnavailableException("The database is down; the auctions wait in Kafka", 1);
        }
        try {
            writer.write(batch, true);
        } catch (RuntimeException e) {
            if (StoreFailures.isUnavailable(e)) {
                databaseBreaker.breaker().failed(e);
                throw e;
            }
            batch.forEach(this::writeAlone);
        }
    }

    private void writeAlone(AuctionRecord auction) {
        try {
            writer.write(List.of(auction), true);
        } catch (RuntimeException e) {
            if (StoreFailures.isUnavailable(e)) {
                throw e;
            }
            LOG.log(Level.SEVERE, "Auction " + auction.auctionGroupId() + " was refused by the database and is left"
                    + " out: " + auction, e);
        }
    }
}
