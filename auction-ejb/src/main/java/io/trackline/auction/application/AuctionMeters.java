package io.trackline.auction.application;

import io.trackline.auction.api.AuctionType;
import io.trackline.platform.api.Meters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Per auction type: how long auctions take to decide, and how many candidates each weighs; and, in cluster
 * mode, the auctions whose record Kafka did not take in time, kept by the node itself.
 */
@ApplicationScoped
public class AuctionMeters {

    private record TypeMeters(Timer decisions, Histogram candidates) {
    }

    private final Map<AuctionType, TypeMeters> byType = new EnumMap<>(AuctionType.class);

    @Inject
    private Meters meters;

    private Counter keptLocally;

    @PostConstruct
    void register() {
        keptLocally = meters.counter("trackline_auction_records_kept_locally",
                "Auctions whose record Kafka did not take in time, written by this node's auction log");
        for (AuctionType type : AuctionType.values()) {
            Tag tag = new Tag("type", type.name().toLowerCase(Locale.ROOT));
            byType.put(type, new TypeMeters(
                    meters.timer("trackline_auction", "How long an auction took to decide, on the in-memory index",
                            tag),
                    meters.histogram("trackline_auction_candidates", "Ad groups an auction weighed", tag)));
        }
    }

    void keptLocally() {
        keptLocally.inc();
    }

    void decided(AuctionType type, Duration took, int candidates) {
        TypeMeters typeMeters = byType.get(type);
        typeMeters.decisions().update(took);
        typeMeters.candidates().update(candidates);
    }
}
