package io.trackline.auction.application;

import io.trackline.auction.domain.RetailerIndex;
import io.trackline.auction.infrastructure.JdbcAuctionIndexLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds the auction index of every retailer in memory, so that an auction touches no database (and, a
 * plain CDI bean, costs no container call either). Every
 * {@value #CHECK_SECONDS} seconds it asks the database whether anything changed and, if so, loads a new
 * index and swaps it in whole; it also reads what campaigns have spent ({@link CampaignSpend}).
 */
@ApplicationScoped
public class AuctionIndexHolder {

    static final int CHECK_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(AuctionIndexHolder.class.getName());

    @Inject
    private JdbcAuctionIndexLoader loader;

    @Inject
    private CampaignSpend spend;

    private volatile Map<Long, RetailerIndex> indexes;
    private volatile String version;

    /** The retailer's index; one with no advertisers when it has none (or the retailer is unknown). */
    public RetailerIndex index(long retailerId) {
        Map<Long, RetailerIndex> current = indexes;
        if (current == null) {
            current = reload();
        }
        RetailerIndex index = current.get(retailerId);
        return index != null ? index : empty(retailerId);
    }

    /** Called every {@value #CHECK_SECONDS} seconds by {@link AuctionIndexRefresh}. */
    public void reloadIfChanged() {
        try {
            if (indexes != null && !loader.version().equals(version)) {
                reload();
            }
            spend.refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The auction index could not be refreshed; auctions use the previous one", e);
        }
    }

    /** Loads the index now. */
    private synchronized Map<Long, RetailerIndex> reload() {
        String newVersion = loader.version();
        Map<Long, RetailerIndex> loaded = loader.load();
        indexes = loaded;
        version = newVersion;
        return loaded;
    }

    private static RetailerIndex empty(long retailerId) {
        return new RetailerIndex(retailerId, BigDecimal.ZERO, BigDecimal.ZERO, Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of());
    }
}
