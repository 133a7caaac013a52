package io.trackline.auction.application;

import io.trackline.auction.domain.AuctionIndexes;
import io.trackline.auction.domain.DailyStats;
import io.trackline.auction.domain.RetailerIndex;
import io.trackline.auction.domain.RetailerTerms;
import io.trackline.platform.application.DatabaseBreaker;
import io.trackline.platform.application.ReferenceChanges;
import io.trackline.retail.api.RetailChanges;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds the auction index of every retailer in memory, so that an auction touches no database (and, a
 * plain CDI bean, costs no container call either). When a campaign, a retailer's settings or its catalog
 * change on any node ({@link ReferenceChanges}), and in any case every
 * {@value #CHECK_SECONDS} seconds, it asks the database whether anything changed and, if so, loads a new
 * index and swaps it in whole; it also reads what campaigns have spent ({@link CampaignSpend}), and every
 * few minutes the ad groups' click-through rates, which set their quality ({@link QualityScores}). While
 * the database is down (its circuit breaker open) it does not ask, and auctions go on with what it holds.
 */
@ApplicationScoped
public class AuctionIndexHolder {

    static final int CHECK_SECONDS = 5;
    /** The name under which campaigns, ad groups and keywords change ({@link ReferenceChanges}). */
    static final String CAMPAIGNS = "ad-campaigns";
    /** Click-through rates move slowly: the qualities are read again every five minutes. */
    static final Duration QUALITY_REFRESH = Duration.ofMinutes(5);
    /** The qualities weigh the last four weeks of impressions and clicks. */
    static final int QUALITY_DAYS = 28;
    private static final Logger LOG = Logger.getLogger(AuctionIndexHolder.class.getName());

    @Inject
    private AuctionIndexes loader;

    @Inject
    private CampaignSpend spend;

    @Inject
    private DailyStats stats;

    @Inject
    private DatabaseBreaker databaseBreaker;

    @Inject
    private ReferenceChanges changes;

    private volatile Map<Long, RetailerIndex> indexes;
    private volatile String version;
    /** Each retailer's ad groups' qualities, as last read; applied to every index loaded. */
    private Map<Long, Map<Long, Double>> qualities = Map.of();
    private Instant qualitiesReadAt = Instant.MIN;

    @PostConstruct
    void listen() {
        for (String name : List.of(CAMPAIGNS, RetailChanges.RETAILERS, RetailChanges.CATALOG)) {
            changes.onChange(name, this::reloadIfChanged);
        }
    }

    /** Campaigns, ad groups or keywords changed in this transaction: once it commits, every node reloads. */
    public void changed() {
        changes.changed(CAMPAIGNS);
    }

    /** The retailer's index; one with no advertisers when it has none (or the retailer is unknown). */
    public RetailerIndex index(long retailerId) {
        Map<Long, RetailerIndex> current = indexes;
        if (current == null) {
            current = reload();
        }
        RetailerIndex index = current.get(retailerId);
        return index != null ? index : empty(retailerId);
    }

    /** Called every {@value #CHECK_SECONDS} seconds by {@link AuctionIndexRefresh}, and on every change heard of. */
    public synchronized void reloadIfChanged() {
        if (databaseBreaker.breaker().isOpen()) {
            return; // the database is down: auctions go on with the index they have
        }
        try {
            if (indexes != null && !loader.version().equals(version)) {
                reload();
            }
            if (indexes != null && Instant.now().isAfter(qualitiesReadAt.plus(QUALITY_REFRESH))) {
                rate();
            }
            spend.refresh();
        } catch (RuntimeException e) {
            databaseBreaker.breaker().failed(e);
            LOG.log(Level.WARNING, "The auction index could not be refreshed; auctions use the previous one", e);
        }
    }

    /** Loads the index now, with the qualities last read. */
    private synchronized Map<Long, RetailerIndex> reload() {
        String newVersion = loader.version();
        Map<Long, RetailerIndex> loaded = rated(loader.load());
        indexes = loaded;
        version = newVersion;
        return loaded;
    }

    /** Reads the ad groups' click-through rates and swaps in the index with the qualities they give. */
    private synchronized void rate() {
        qualities = QualityScores.of(stats.performanceSince(LocalDate.now(ZoneOffset.UTC).minusDays(QUALITY_DAYS)));
        qualitiesReadAt = Instant.now();
        indexes = rated(indexes);
    }

    private Map<Long, RetailerIndex> rated(Map<Long, RetailerIndex> loaded) {
        Map<Long, RetailerIndex> rated = new HashMap<>(loaded);
        qualities.forEach((retailer, groups) -> rated.computeIfPresent(retailer,
                (id, index) -> index.withQualities(groups)));
        return rated;
    }

    private static RetailerIndex empty(long retailerId) {
        return new RetailerIndex(retailerId, RetailerTerms.DEFAULTS, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of());
    }
}
