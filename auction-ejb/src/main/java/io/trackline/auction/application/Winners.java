package io.trackline.auction.application;

import io.trackline.auction.domain.AdClicks;
import io.trackline.auction.domain.WinnerRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Finds a winner of one of the retailer's auctions by its id: in memory until its record is written, then in it. */
@ApplicationScoped
public class Winners {

    @Inject
    private AuctionService auctions;

    @Inject
    private AdClicks clicks;

    public Optional<WinnerRef> find(long retailerId, String auctionId) {
        return auctions.unwrittenWinner(retailerId, auctionId).or(() -> clicks.winner(retailerId, auctionId));
    }
}
