package io.trackline.auction.application;

import io.trackline.auction.api.AttributedLine;
import io.trackline.auction.api.ConversionLine;
import io.trackline.auction.domain.Attribution;
import io.trackline.auction.domain.DailyStats;
import io.trackline.auction.domain.PendingConversion;
import io.trackline.auction.domain.StoredConversions;
import io.trackline.auction.domain.UserClick;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attributes a batch's add-to-carts and purchases, in its transaction: each line to the shopper's clicks
 * within the retailer's attribution window (last touch, direct before halo: {@link Attribution}), the
 * winner an add-to-cart came from first. The shoppers' clicks, and which of the clicked advertisers own the
 * products, are read in one query each per retailer in the batch, not per conversion.
 */
@ApplicationScoped
public class ConversionAttribution {

    static final String ADD_TO_CART = "ADD_TO_CART";
    static final String PURCHASE = "PURCHASE";
    /** How many of a shopper's most recent clicks attribution considers. */
    static final int MAX_CLICKS = 50;

    /** A conversion attributed: its lines as stored and answered, and what they add to their ad groups' days. */
    public record Attributed(List<StoredConversions.LineRow> lines, List<DailyStats.Delta> deltas) {

        public List<AttributedLine> answered() {
            return lines.stream().map(StoredConversions.LineRow::line).toList();
        }
    }

    @Inject
    private StoredConversions conversions;

    @Inject
    private AuctionIndexHolder indexes;

    /** Each conversion attributed, in the batch's order. */
    public List<Attributed> attribute(List<PendingConversion> batch) {
        Map<Long, List<PendingConversion>> byRetailer = new LinkedHashMap<>();
        batch.forEach(conversion -> byRetailer.computeIfAbsent(conversion.retailerId(), id -> new ArrayList<>())
                .add(conversion));
        Map<PendingConversion, Attributed> attributed = new IdentityHashMap<>();
        byRetailer.forEach((retailerId, conversions) -> attributed.putAll(attribute(retailerId, conversions)));
        return batch.stream().map(attributed::get).toList();
    }

    private Map<PendingConversion, Attributed> attribute(long retailerId, List<PendingConversion> batch) {
        Duration window = Duration.ofDays(indexes.index(retailerId).terms().attributionWindowDays());
        Instant earliest = batch.stream().map(PendingConversion::at).min(Comparator.naturalOrder()).orElseThrow();
        Set<String> uids = new LinkedHashSet<>();
        batch.forEach(conversion -> uids.add(conversion.uid()));
        Map<String, List<UserClick>> stored = conversions.clicksSince(retailerId, uids, earliest.minus(window),
                MAX_CLICKS);
        Map<PendingConversion, List<UserClick>> clicks = new IdentityHashMap<>();
        for (PendingConversion conversion : batch) {
            List<UserClick> own = new ArrayList<>();
            if (conversion.fromTile() != null) {
                own.add(conversion.fromTile());
            }
            Instant since = conversion.at().minus(window);
            stored.getOrDefault(conversion.uid(), List.of()).stream()
                    .filter(click -> !click.clickedAt().isBefore(since)).forEach(own::add);
            clicks.put(conversion, own);
        }
        Map<String, Set<Long>> owners = owners(retailerId, batch, clicks);
        Map<PendingConversion, Attributed> attributed = new IdentityHashMap<>();
        for (PendingConversion conversion : batch) {
            attributed.put(conversion, attribute(conversion, clicks.get(conversion), owners));
        }
        return attributed;
    }

    private static Attributed attribute(PendingConversion conversion, List<UserClick> clicks,
                                        Map<String, Set<Long>> owners) {
        LocalDate day = LocalDate.ofInstant(conversion.at(), ZoneOffset.UTC);
        List<StoredConversions.LineRow> rows = new ArrayList<>();
        Map<DailyStats.Key, DailyStats.Delta> deltas = new HashMap<>();
        for (ConversionLine line : conversion.lines()) {
            Optional<Attribution> credit = Attribution.of(line.productId(), clicks,
                    owners.getOrDefault(line.productId(), Set.of()));
            credit.ifPresent(found -> {
                DailyStats.Delta delta = delta(conversion.kind(), key(conversion.retailerId(), found.click(), day),
                        found, line);
                deltas.merge(delta.key(), delta, DailyStats.Delta::plus);
            });
            rows.add(new StoredConversions.LineRow(conversion.retailerId(), conversion.kind(),
                    conversion.eventKey(), rows.size(), conversion.uid(), attributed(line, credit), conversion.at()));
        }
        return new Attributed(rows, List.copyOf(deltas.values()));
    }

    private static DailyStats.Key key(long retailerId, UserClick click, LocalDate day) {
        return new DailyStats.Key(retailerId, click.advertiserId(), click.campaignId(), click.adGroupId(), day);
    }

    private static DailyStats.Delta delta(String kind, DailyStats.Key key, Attribution credit,
                                          ConversionLine line) {
        return PURCHASE.equals(kind)
                ? DailyStats.Delta.sale(key, credit.kind() == Attribution.Kind.DIRECT, line.quantity(),
                        line.value())
                : DailyStats.Delta.addToCart(key, line.quantity(), line.value());
    }

    private static AttributedLine attributed(ConversionLine line, Optional<Attribution> credit) {
        if (credit.isEmpty()) {
            return new AttributedLine(line.productId(), line.quantity(), line.price(), null, null, null, null, null);
        }
        UserClick click = credit.get().click();
        return new AttributedLine(line.productId(), line.quantity(), line.price(), credit.get().kind().wireName(),
                click.auctionId(), click.advertiserId(), click.campaignId(), click.adGroupId());
    }

    /**
     * Which of the clicked advertisers own each product of the batch: asked only when some click could earn
     * a halo. An advertiser another shopper clicked may be among a product's owners: attribution looks only
     * at the shopper's own clicks, so it changes nothing.
     */
    private Map<String, Set<Long>> owners(long retailerId, List<PendingConversion> batch,
                                          Map<PendingConversion, List<UserClick>> clicks) {
        Set<String> products = new LinkedHashSet<>();
        Set<Long> advertisers = new LinkedHashSet<>();
        for (PendingConversion conversion : batch) {
            if (!clicks.get(conversion).isEmpty()) {
                conversion.lines().forEach(line -> products.add(line.productId()));
                clicks.get(conversion).forEach(click -> advertisers.add(click.advertiserId()));
            }
        }
        return conversions.owners(retailerId, products, advertisers);
    }
}
