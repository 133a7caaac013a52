package io.trackline.auction.application;

import io.trackline.auction.api.AuctionQuery;
import io.trackline.auction.api.AuctionResult;
import io.trackline.auction.api.AuctionTrace;
import io.trackline.auction.api.Auctions;
import io.trackline.auction.domain.AdGroup;
import io.trackline.auction.domain.AuctionDecision;
import io.trackline.auction.domain.AuctionEngine;
import io.trackline.auction.domain.AuctionRecord;
import io.trackline.auction.domain.Creative;
import io.trackline.auction.domain.RetailerIndex;
import io.trackline.auction.domain.Winner;
import io.trackline.auction.domain.WinnerRef;
import jakarta.enterprise.context.ApplicationScoped;
import io.trackline.platform.domain.ClusterBus;
import io.trackline.platform.domain.ClusterUnavailableException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs an auction on the retailer's in-memory index, answers at once, and leaves the record to be written
 * behind. The decision trace of each auction is kept among the recent ones ({@link AuctionTraces}).
 */
@ApplicationScoped
public class AuctionService implements Auctions {

    /** How long an auction waits for Kafka to take its record before the node keeps it itself. */
    static final Duration KAFKA_WAIT = Duration.ofMillis(500);

    @Inject
    private AuctionIndexHolder indexes;

    @Inject
    private AuctionLog log;

    @Inject
    private RecentAuctions recent;

    @Inject
    private ClusterBus bus;


    @Inject
    private AuctionTraces traces;

    @Inject
    private CampaignSpend spend;

    @Inject
    private AuctionMeters meters;

    public AuctionResult run(long retailerId, AuctionQuery query, String platformType, String uid) {
        Instant now = Instant.now();
        long start = System.nanoTime();
        RetailerIndex index = indexes.index(retailerId);
        AuctionDecision decision = AuctionEngine.run(index, query, now, spend::current);
        meters.decided(query.type(), Duration.ofNanos(System.nanoTime() - start), decision.trace().size());
        UUID auctionGroup = UUID.randomUUID();
        AuctionRecord record = new AuctionRecord(auctionGroup.toString(), UUID.randomUUID().toString(),
                retailerId, query, platformType, uid, decision.winners(), now, index.terms().impressionsOnServe());
        record(record);
        traces.keep(auctionGroup, retailerId, query, now, decision.trace());
        List<AuctionResult.WinningBid> winningBids = new ArrayList<>(decision.winners().size());
        for (Winner winner : decision.winners()) {
            AdGroup group = winner.adGroup();
            winningBids.add(new AuctionResult.WinningBid(record.auctionId(winner), winner.rank(),
                    group.advertiserId(), group.campaignId(), group.id(), winner.productIds(),
                    view(winner.creative())));
        }
        return new AuctionResult(record.auctionGroupId(), winningBids);
    }

    /**
     * Alone, the auction log writes the record behind the answer. In cluster mode Kafka takes it before the
     * answer is sent, so that a kill -9 of this node loses no answered auction, and the nodes write it
     * ({@link AuctionRecordWriting}); should Kafka not take it within {@link #KAFKA_WAIT}, the auction log
     * writes it instead, as alone.
     */
    private void record(AuctionRecord record) {
        if (bus.clustered()) {
            try {
                recent.publish(record, KAFKA_WAIT);
                return;
            } catch (ClusterUnavailableException e) {
                meters.keptLocally();
            }
        }
        log.record(record);
    }

    /** A winner of one of the retailer's auctions whose record is not written yet. */
    public Optional<WinnerRef> unwrittenWinner(long retailerId, String auctionId) {
        String auctionUuid = AuctionRecord.auctionUuid(auctionId);
        return Optional.ofNullable(auctionUuid).flatMap(log::unwritten)
                .filter(record -> record.retailerId() == retailerId).flatMap(record -> record.winner(auctionId));
    }

    /** The trace of one of the retailer's recent auctions. */
    public Optional<AuctionTrace> trace(long retailerId, String auctionGroupId) {
        return traces.find(retailerId, auctionGroupId);
    }

    private static AuctionResult.CreativeView view(Creative creative) {
        return creative == null ? null : new AuctionResult.CreativeView(creative.imageUrl(), creative.headline(),
                creative.clickUrl(), creative.width(), creative.height());
    }
}
