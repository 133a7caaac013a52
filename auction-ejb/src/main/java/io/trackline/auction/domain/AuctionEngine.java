package io.trackline.auction.domain;

import io.trackline.auction.api.AuctionQuery;
import io.trackline.auction.api.TraceEntry;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Runs one auction on a retailer's index, without any I/O. Candidates are the ad groups of the auction's
 * format that target the query (and have no negative keyword in a search); those live, within budget and
 * pace, bidding at least the reserve price and with something to show are ranked by bid × quality. Each
 * ad group wins at most once and each product is shown once. A winner pays, per click, just enough to
 * keep its rank over the next candidate (generalised second price, a cent above), never more than its
 * bid, never less than the reserve price.
 */
public final class AuctionEngine {

    static final BigDecimal INCREMENT = new BigDecimal("0.01");

    private AuctionEngine() {
    }

    private record Candidate(AdGroup group, BigDecimal bid, double score) {
    }

    /** Best score first; equal scores by ad group id, so that a ranking never depends on map order. */
    private static final Comparator<Candidate> BY_SCORE = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparingLong(candidate -> candidate.group().id());

    public static AuctionDecision run(RetailerIndex index, AuctionQuery query, Instant now) {
        return run(index, query, now, UnaryOperator.identity());
    }

    /**
     * @param liveSpend the campaign as of the latest spend known, for spend newer than the index
     */
    public static AuctionDecision run(RetailerIndex index, AuctionQuery query, Instant now,
                                      UnaryOperator<CampaignBudget> liveSpend) {
        AdFormat format = AdFormat.of(query.type());
        List<String> searchTokens = query.searchTerm() == null ? List.of()
                : Keywords.tokens(Keywords.normalize(query.searchTerm()));
        ServingDay day = ServingDay.of(now);
        List<TraceEntry> trace = new ArrayList<>();
        List<Candidate> ranked = new ArrayList<>();
        for (Map.Entry<Long, BigDecimal> bid : bids(index, query, searchTokens).entrySet()) {
            AdGroup group = index.adGroups().get(bid.getKey());
            if (group.format() != format) {
                continue;
            }
            double score = bid.getValue().doubleValue() * group.quality();
            Exclusion exclusion = exclusion(index, group, bid.getValue(), searchTokens, day, liveSpend);
            if (exclusion != null) {
                trace.add(excluded(group, bid.getValue(), score, exclusion));
            } else {
                ranked.add(new Candidate(group, bid.getValue(), score));
            }
        }
        ranked.sort(BY_SCORE);
        return select(index, query, ranked, trace, now);
    }

    /**
     * Walks the ranking: a candidate serves with its first promoted product not shown yet and available
     * (a display ad needs none), else it is out of stock. Once the slots are full, the next candidate that
     * would serve sets the last winner's price, and the rest are outranked.
     */
    private static AuctionDecision select(RetailerIndex index, AuctionQuery query, List<Candidate> ranked,
                                          List<TraceEntry> trace, Instant now) {
        BigDecimal reserve = index.reservePrice(AdFormat.of(query.type()));
        List<String> shown = new ArrayList<>();
        List<Candidate> serving = new ArrayList<>();
        List<String> servingProducts = new ArrayList<>();
        int walked = 0;
        for (; walked < ranked.size() && serving.size() <= query.slots(); walked++) {
            Candidate candidate = ranked.get(walked);
            String product = firstAvailable(index, candidate.group(), shown, now);
            if (product == null && candidate.group().format() != AdFormat.DISPLAY) {
                trace.add(excluded(candidate.group(), candidate.bid(), candidate.score(), Exclusion.NO_STOCK));
                continue;
            }
            if (product != null && serving.size() < query.slots()) {
                shown.add(product);
            }
            serving.add(candidate);
            servingProducts.add(product);
        }
        List<Winner> winners = new ArrayList<>();
        for (int i = 0; i < Math.min(serving.size(), query.slots()); i++) {
            Candidate candidate = serving.get(i);
            Candidate next = i + 1 < serving.size() ? serving.get(i + 1) : null;
            BigDecimal price = price(candidate, next, reserve);
            AdGroup group = candidate.group();
            String product = servingProducts.get(i);
            winners.add(new Winner(i + 1, group, product == null ? List.of() : List.of(product),
                    group.creatives().isEmpty() ? null : group.creatives().get(0), price));
            trace.add(new TraceEntry(group.id(), group.campaignId(), candidate.bid(), group.quality(),
                    candidate.score(), i + 1, price, null));
        }
        for (Candidate outranked : serving.subList(winners.size(), serving.size())) {
            trace.add(excluded(outranked.group(), outranked.bid(), outranked.score(), Exclusion.OUTRANKED));
        }
        for (Candidate outranked : ranked.subList(walked, ranked.size())) {
            trace.add(excluded(outranked.group(), outranked.bid(), outranked.score(), Exclusion.OUTRANKED));
        }
        return new AuctionDecision(winners, trace);
    }

    private static String firstAvailable(RetailerIndex index, AdGroup group, List<String> shown, Instant now) {
        for (String productId : group.productIds()) {
            if (!shown.contains(productId) && index.available(productId, now)) {
                return productId;
            }
        }
        return null;
    }

    /** The least that keeps the rank over the next candidate, a cent above, within [reserve, bid]. */
    static BigDecimal price(Candidate winner, Candidate next, BigDecimal reserve) {
        if (next == null || winner.group().quality() <= 0) {
            return reserve.min(winner.bid());
        }
        BigDecimal nextScore = next.bid().multiply(BigDecimal.valueOf(next.group().quality()));
        BigDecimal price = nextScore.divide(BigDecimal.valueOf(winner.group().quality()), MathContext.DECIMAL64)
                .add(INCREMENT).setScale(2, RoundingMode.HALF_UP);
        return price.max(reserve).min(winner.bid());
    }

    private static Map<Long, BigDecimal> bids(RetailerIndex index, AuctionQuery query, List<String> searchTokens) {
        return switch (query.type()) {
            case SP_KEYWORD, DISPLAY_KEYWORD -> index.keywordBids(searchTokens);
            case SP_CATEGORY, DISPLAY_CATEGORY -> index.category(query.category()).map(index::categoryBids)
                    .orElse(Map.of());
            case DISPLAY_PAGE -> index.pageBids(query.page());
        };
    }

    private static Exclusion exclusion(RetailerIndex index, AdGroup group, BigDecimal bid, List<String> searchTokens,
                                       ServingDay day, UnaryOperator<CampaignBudget> liveSpend) {
        if (!group.active()) {
            return Exclusion.NOT_LIVE;
        }
        for (List<String> negative : group.negativeKeywords()) {
            if (MatchType.NEGATIVE.matches(negative, searchTokens)) {
                return Exclusion.NEGATIVE_KEYWORD;
            }
        }
        if (group.format() == AdFormat.DISPLAY && group.creatives().isEmpty()) {
            return Exclusion.NOT_LIVE;
        }
        Exclusion campaign = liveSpend.apply(index.campaigns().get(group.campaignId())).exclusion(day);
        if (campaign != null) {
            return campaign;
        }
        return bid.compareTo(index.reservePrice(group.format())) < 0 ? Exclusion.BELOW_RESERVE : null;
    }

    private static TraceEntry excluded(AdGroup group, BigDecimal bid, double score, Exclusion exclusion) {
        return new TraceEntry(group.id(), group.campaignId(), bid, group.quality(), score, null, null,
                exclusion.wireName());
    }
}
