package io.trackline.auction.application;

import io.trackline.auction.api.AttributedLine;
import io.trackline.auction.api.ConversionLine;
import io.trackline.auction.api.ConversionReceipt;
import io.trackline.auction.api.Conversions;
import io.trackline.auction.domain.Attribution;
import io.trackline.auction.domain.DailyStats;
import io.trackline.auction.domain.PendingConversion;
import io.trackline.auction.domain.StoredConversions;
import io.trackline.auction.domain.UserClick;
import io.trackline.platform.api.InvalidFieldException;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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
import java.util.UUID;

/**
 * The way in for add-to-carts and purchases. Each line is attributed to the shopper's clicks within the
 * retailer's attribution window (last touch, direct before halo: {@link Attribution}), as committed when
 * the request came; an add-to-cart that names the winner it came from ({@code auction_id}) credits that
 * winner first. Then the conversion is queued for the {@link ConversionBatcher} and answered once its
 * batch committed ({@link ConversionWriter}): its key claimed (a purchase's {@code order_id}, an
 * add-to-cart's optional {@code event_id}: a repeat answers the first answer and counts nothing), its lines
 * stored and added to their ad groups' days. No transaction is held while it waits.
 */
@Stateless
@Local(Conversions.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConversionService implements Conversions {

    static final String ADD_TO_CART = "ADD_TO_CART";
    static final String PURCHASE = "PURCHASE";

    @Inject
    private StoredConversions conversions;

    @Inject
    private DailyStats stats;

    @Inject
    private AuctionIndexHolder indexes;

    @Inject
    private Winners winners;

    @Inject
    private ConversionBatcher batcher;

    /** @param eventId {@code null}: not idempotent; @param auctionId {@code null}: not from a winner's tile */
    public ConversionReceipt addToCart(long retailerId, String eventId, String uid, String auctionId,
                                       List<ConversionLine> lines) {
        UserClick fromTile = null;
        if (auctionId != null) {
            fromTile = winners.find(retailerId, auctionId).map(winner -> winner.clickedAt(Instant.now()))
                    .orElseThrow(() -> new InvalidFieldException("auction_id",
                            "no auction of this retailer won with this id"));
        }
        return record(retailerId, ADD_TO_CART, eventId != null ? eventId : UUID.randomUUID().toString(), uid,
                fromTile, lines);
    }

    public ConversionReceipt purchase(long retailerId, String orderId, String uid, List<ConversionLine> lines) {
        return record(retailerId, PURCHASE, orderId, uid, null, lines);
    }

    private ConversionReceipt record(long retailerId, String kind, String eventKey, String uid, UserClick fromTile,
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
        return batcher.write(new PendingConversion(retailerId, kind, eventKey, uid, now, rows,
                List.copyOf(deltas.values())));
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
