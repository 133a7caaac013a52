package io.trackline.auction.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** The timer that keeps the auction index and campaign spend fresh. */
@Singleton
public class AuctionIndexRefresh {

    @Inject
    private AuctionIndexHolder indexes;

    @Schedule(hour = "*", minute = "*", second = "*/" + AuctionIndexHolder.CHECK_SECONDS, persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void refresh() {
        indexes.reloadIfChanged();
    }
}
