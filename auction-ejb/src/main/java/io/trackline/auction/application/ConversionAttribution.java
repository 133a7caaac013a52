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
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attributes an add-to-cart's or a purchase's lines to the shopper's clicks within the retailer's
 * attribution window (last touch, direct before halo: {@link Attribution}), as committed when the request
 * came; a winner the shopper came from (an add-to-cart's {@code auction_id}) first. It reads in a
 * transaction of its own, so that the request holds no connection while its conversion waits for its batch.
 */
@ApplicationScoped
public class ConversionAttribution {

    static final String ADD_TO_CART = "ADD_TO_CART";
    static final String PURCHASE = "PURCHASE";

    @Inject
    private StoredConversions conversions;

    @Inject
    private AuctionIndexHolder indexes;

    /** The conversion as its batch stores it: its lines, attributed, and what they add to their days. */
    @Transactional
    public PendingConversion attribute(long retailerId, String kind, String eventKey, String uid, UserClick fromTile,
                                       List<ConversionLine> lines) {
        Instant now = Instant.now();
        List<UserClick> clicks = clicks(retailerId, uid, fromTile, now);
        Map<String, Set<Long>> owners = owners(retailerId, lines, clicks);
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<StoredConversions.LineRow> rows = new ArrayList<>();
        Map<DailyStats.Key, DailyStats.Delta> deltas = new HashMap<>();
        for (ConversionLine line : lines) {
            Optional<Attribution> credit = Attribution.of(line.productId(), clicks,
                    owners.getOrDefault(line.productId(), Set.of()));
            credit.ifPresent(found -> {
                DailyStats.Delta delta = delta(kind, key(retailerId, found.click(), day), found, line);
                deltas.merge(delta.key(), delta, DailyStats.Delta::plus);
            });
            rows.add(new StoredConversions.LineRow(retailerId, kind, eventKey, rows.size(), uid,
                    attributed(line, credit), now));
        }
        return new PendingConversion(retailerId, kind, eventKey, uid, now, rows, List.copyOf(deltas.values()));
    }

    /** The shopper's clicks within the retailer's window, newest first; the winner of an add to cart first. */
    private List<UserClick> clicks(long retailerId, String uid, UserClick fromTile, Instant now) {
        Duration window = Duration.ofDays(indexes.index(retailerId).terms().attributionWindowDays());
        List<UserClick> clicks = new ArrayList<>();
        if (fromTile != null) {
            clicks.add(fromTile);
        }
        clicks.addAll(conversions.clicksSince(retailerId, uid, now.minus(window)));
        return clicks;
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

    /** Which of the clicked advertisers own each product: asked only when some click could earn a halo. */
    private Map<String, Set<Long>> owners(long retailerId, List<ConversionLine> lines, List<UserClick> clicks) {
        if (clicks.isEmpty()) {
            return Map.of();
        }
        Set<String> products = new LinkedHashSet<>();
        lines.forEach(line -> products.add(line.productId()));
        Set<Long> advertisers = new LinkedHashSet<>();
        clicks.forEach(click -> advertisers.add(click.advertiserId()));
        return conversions.owners(retailerId, products, advertisers);
    }
}
