package io.trackline.auction.application;

import io.trackline.auction.domain.AdClicks;
import io.trackline.auction.domain.WinnerRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Finds a winner of one of the retailer's auctions by its id: in memory until its record is written (on this
 * node, or in cluster mode among the recent auctions of every node), then in the database; in cluster mode,
 * last, among the auctions Kafka had when the click came, which this node may not have read yet.
 */
@ApplicationScoped
public class Winners {

    @Inject
    private AuctionService auctions;

    @Inject
    private RecentAuctions recent;

    @Inject
    private AdClicks clicks;

    /**
     * In the caller's transaction, or in one of its own: outside one, the connection a look-up in the
     * database takes would stay with the request while it waits for its click's batch.
     */
    @Transactional
    public Optional<WinnerRef> find(long retailerId, String auctionId) {
        return auctions.unwrittenWinner(retailerId, auctionId)
                .or(() -> recent.winner(retailerId, auctionId))
                .or(() -> clicks.winner(retailerId, auctionId))
                .or(() -> recent.winnerAfterCatchingUp(retailerId, auctionId));
    }
}
