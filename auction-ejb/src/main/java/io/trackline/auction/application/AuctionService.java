package io.trackline.auction.application;

import io.trackline.auction.api.AuctionResult;
import io.trackline.auction.api.AuctionTrace;
import io.trackline.auction.domain.AuctionDecision;
import io.trackline.auction.domain.AuctionEngine;
import io.trackline.auction.domain.AuctionQuery;
import io.trackline.auction.domain.Creative;
import io.trackline.auction.domain.Winner;
import io.trackline.platform.infrastructure.ExpiringCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs an auction on the retailer's in-memory index, answers at once, and leaves the record to be written
 * behind. The decision trace of each auction is kept for {@link #TRACES_KEPT} for the retailer to ask for.
 */
@ApplicationScoped
public class AuctionService {

    static final Duration TRACES_KEPT = Duration.ofMinutes(15);

    private record Traced(long retailerId, AuctionTrace trace) {
    }

    private final ExpiringCache<String, Traced> traces = new ExpiringCache<>(TRACES_KEPT, 100_000);
    /** Winners stay here while their record is written behind, so that a click can find them at once. */
    private final ExpiringCache<String, WinnerRef> recentWinners = new ExpiringCache<>(TRACES_KEPT, 400_000);

    @Inject
    private AuctionIndexHolder indexes;

    @Inject
    private AuctionLog log;

    @Inject
    private CampaignSpend spend;

    public AuctionResult run(long retailerId, AuctionQuery query, String platformType, String uid) {
        Instant now = Instant.now();
        AuctionDecision decision = AuctionEngine.run(indexes.index(retailerId), query, now, spend::current);
        AuctionRecord record = new AuctionRecord(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                retailerId, query, platformType, uid, decision, now);
        log.record(record);
        for (Winner winner : decision.winners()) {
            String auctionId = record.auctionId(winner);
            recentWinners.get(auctionId, id -> new WinnerRef(id, retailerId, winner.adGroup().advertiserId(),
                    winner.adGroup().campaignId(), winner.adGroup().id(), winner.price(), now));
        }
        traces.get(record.auctionGroupId(), id -> new Traced(retailerId, new AuctionTrace(id, query.type().name(),
                query.text(), now, decision.trace())));
        return new AuctionResult(record.auctionGroupId(), decision.winners().stream()
                .map(winner -> new AuctionResult.WinningBid(record.auctionId(winner), winner.rank(),
                        winner.adGroup().advertiserId(), winner.adGroup().campaignId(), winner.adGroup().id(),
                        winner.productIds(), view(winner.creative())))
                .toList());
    }

    /** A winner of one of the retailer's auctions of the last minutes, before its record is written. */
    public Optional<WinnerRef> recentWinner(long retailerId, String auctionId) {
        return Optional.ofNullable(recentWinners.peek(auctionId)).filter(winner -> winner.retailerId() == retailerId);
    }

    /** The trace of one of the retailer's recent auctions. */
    public Optional<AuctionTrace> trace(long retailerId, String auctionGroupId) {
        return Optional.ofNullable(traces.peek(auctionGroupId)).filter(traced -> traced.retailerId() == retailerId)
                .map(Traced::trace);
    }

    private static AuctionResult.CreativeView view(Creative creative) {
        return creative == null ? null : new AuctionResult.CreativeView(creative.imageUrl(), creative.headline(),
                creative.clickUrl(), creative.width(), creative.height());
    }
}
