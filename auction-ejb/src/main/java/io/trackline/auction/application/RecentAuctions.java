package io.trackline.auction.application;

import com.github.benmanes.caffeine.cache.Cache;
import io.trackline.auction.domain.AuctionRecord;
import io.trackline.auction.domain.WinnerRef;
import io.trackline.platform.application.ReferenceCaches;
import io.trackline.platform.domain.ClusterBus;
import io.trackline.platform.domain.ClusterTopic;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * In cluster mode, the auctions of the last few minutes run on any node, as they went to Kafka: a click
 * routed to any node right after its auction finds its winner here, before the database has the record.
 * Every node reads every auction ({@link ClusterTopic#AUCTIONS}); at most {@value #MAX_AUCTIONS} are kept,
 * for {@link #KEPT} at most (the {@code recent-auctions} cache's settings change both), after which a click
 * finds its winner in the database. A click whose auction is not here yet first waits until this node has
 * read what Kafka had when the click came, so an auction answered before the click is found.
 */
@ApplicationScoped
public class RecentAuctions {

    static final Duration KEPT = Duration.ofMinutes(5);
    static final int MAX_AUCTIONS = 200_000;
    /** How long a click waits for this node to catch up with the auctions Kafka has. */
    static final Duration CATCH_UP_WAIT = Duration.ofMillis(500);

    @Inject
    ReferenceCaches caches;

    @Inject
    ClusterBus bus;

    private Cache<String, AuctionRecord> auctions;

    @PostConstruct
    void listen() {
        auctions = caches.expiring("recent-auctions", KEPT, MAX_AUCTIONS);
        bus.subscribe(ClusterTopic.AUCTIONS, message -> {
            if (!message.origin().equals(bus.nodeId())) {
                AuctionRecord record = AuctionRecordCodec.decode(message.value());
                auctions.put(record.auctionUuid(), record);
            }
        });
    }

    /** Made with the application, not at its first use: from the start it hears what the other nodes publish. */
    void onStartup(@Observes Startup startup) {
        // making the bean subscribed it
    }

    /** Keeps an auction run on this node, and sends it to Kafka, returning once Kafka has it for good. */
    void publish(AuctionRecord record, Duration wait) {
        auctions.put(record.auctionUuid(), record);
        bus.publishDurably(ClusterTopic.AUCTIONS, record.auctionUuid(), AuctionRecordCodec.encode(record), wait);
    }

    /** The winner of a recent auction of the retailer, as far as this node has read. */
    Optional<WinnerRef> winner(long retailerId, String auctionId) {
        String auctionUuid = AuctionRecord.auctionUuid(auctionId);
        return Optional.ofNullable(auctionUuid).map(auctions::getIfPresent)
                .filter(found -> found.retailerId() == retailerId).flatMap(found -> found.winner(auctionId));
    }

    /** The same, once this node has read every auction Kafka had when asked (at most {@link #CATCH_UP_WAIT}). */
    Optional<WinnerRef> winnerAfterCatchingUp(long retailerId, String auctionId) {
        if (!bus.clustered() || !bus.awaitCaughtUp(ClusterTopic.AUCTIONS, CATCH_UP_WAIT)) {
            return Optional.empty();
        }
        return winner(retailerId, auctionId);
    }
}
