package io.trackline.auction.domain;

import static io.trackline.auction.domain.Fixtures.NOW;
import static io.trackline.auction.domain.Fixtures.TODAY;
import static io.trackline.auction.domain.Fixtures.creative;
import static io.trackline.auction.domain.Fixtures.display;
import static io.trackline.auction.domain.Fixtures.index;
import static io.trackline.auction.domain.Fixtures.money;
import static io.trackline.auction.domain.Fixtures.paused;
import static io.trackline.auction.domain.Fixtures.search;
import static io.trackline.auction.domain.Fixtures.sp;
import static io.trackline.auction.domain.Fixtures.spentToday;
import static io.trackline.auction.domain.Fixtures.withNegatives;
import static io.trackline.auction.domain.Fixtures.withProducts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.trackline.auction.api.AuctionQuery;
import io.trackline.auction.api.AuctionType;
import io.trackline.auction.api.TraceEntry;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who wins, in which order, showing what, at what price, and why the others did not. Reserve prices are
 * 0.10 (SP) and 0.50 (display); every ad group below bids on "shoes" unless the test says otherwise.
 */
class AuctionEngineTest {

    private static final AuctionQuery SHOES = search("shoes", 4);

    /** An index of the given ad groups, each bidding its default bid on the broad keyword "shoes". */
    private static RetailerIndex onShoes(AdGroup... groups) {
        Fixtures.IndexBuilder builder = index();
        for (AdGroup group : groups) {
            builder.group(group).keyword(group.id(), "shoes", MatchType.BROAD, null);
        }
        return builder.build();
    }

    private static AuctionDecision run(RetailerIndex index, AuctionQuery query) {
        return AuctionEngine.run(index, query, NOW);
    }

    private static List<Long> winnerIds(AuctionDecision decision) {
        return decision.winners().stream().map(winner -> winner.adGroup().id()).toList();
    }

    private static List<BigDecimal> prices(AuctionDecision decision) {
        return decision.winners().stream().map(Winner::price).toList();
    }

    private static TraceEntry traceOf(AuctionDecision decision, long adGroupId) {
        List<TraceEntry> entries = decision.trace().stream().filter(entry -> entry.adGroupId() == adGroupId)
                .toList();
        assertEquals(1, entries.size(), () -> "trace entries of ad group " + adGroupId + ": " + entries);
        return entries.get(0);
    }

    private static void assertExcluded(AuctionDecision decision, long adGroupId, String reason) {
        TraceEntry entry = traceOf(decision, adGroupId);
        assertEquals(reason, entry.excludedFor());
        assertNull(entry.rank());
        assertNull(entry.price());
    }

    private static List<BigDecimal> amounts(String... amounts) {
        return Arrays.stream(amounts).map(BigDecimal::new).toList();
    }

    // Ranking

    @Test
    void aLowerBidWithHigherQualityOutranksAHigherBid() {
        // 0.80 × 1.5 = 1.2 beats 1.00 × 1.0 = 1.0
        AuctionDecision decision = run(onShoes(sp(1, "1.00", 1.0, "p1"), sp(2, "0.80", 1.5, "p2")), SHOES);

        assertEquals(List.of(2L, 1L), winnerIds(decision));
        // 1.0 / 1.5 + 0.01 = 0.6766…, and the last pays the reserve.
        assertEquals(amounts("0.68", "0.10"), prices(decision));
    }

    @Test
    void equalScoresGoToTheLowerAdGroupId() {
        // 17 comes before 3 in a hash map: only the tie-break puts 3 first.
        AuctionDecision decision = run(onShoes(sp(17, "1.00", 1.0, "p17"), sp(3, "1.00", 1.0, "p3")), SHOES);

        assertEquals(List.of(3L, 17L), winnerIds(decision));
    }

    @Test
    void ranksRunFromOneAndTheTraceCarriesThemWithThePrices() {
        AuctionDecision decision = run(onShoes(sp(1, "3.00", 1.0, "p1"), sp(2, "2.00", 1.0, "p2"),
                sp(3, "1.00", 1.0, "p3")), SHOES);

        assertEquals(List.of(1, 2, 3), decision.winners().stream().map(Winner::rank).toList());
        TraceEntry second = traceOf(decision, 2);
        assertEquals(2, second.rank());
        assertEquals(money("1.01"), second.price());
        assertEquals(money("2.00"), second.bid());
        assertEquals(2.0, second.score());
        assertNull(second.excludedFor());
    }

    // Price

    @Test
    void aWinnerPaysACentAboveWhatKeepsItsRankRoundedHalfUp() {
        // 1.99 / 2.0 + 0.01 = 1.005: half up to 1.01, where half even would say 1.00.
        AuctionDecision decision = run(onShoes(sp(1, "1.50", 2.0, "p1"), sp(2, "1.99", 1.0, "p2")), SHOES);

        assertEquals(List.of(1L, 2L), winnerIds(decision));
        assertEquals(amounts("1.01", "0.10"), prices(decision));
    }

    @Test
    void aHalfCentRoundsUpWhateverTheQuality() {
        // 0.21 × 1.0 / 0.4 + 0.01 = 0.535, half up to 0.54.
        AuctionDecision decision = run(onShoes(sp(1, "1.00", 0.4, "p1"), sp(2, "0.21", 1.0, "p2")), SHOES);

        assertEquals(List.of(1L, 2L), winnerIds(decision));
        assertEquals(amounts("0.54", "0.10"), prices(decision));
    }

    @Test
    void aWinnerNeverPaysMoreThanItsBid() {
        // The tie would price 3 at 1.01.
        AuctionDecision decision = run(onShoes(sp(3, "1.00", 1.0, "p3"), sp(4, "1.00", 1.0, "p4")), SHOES);

        assertEquals(amounts("1.00", "0.10"), prices(decision));
    }

    @Test
    void aWinnerNeverPaysLessThanTheReserve() {
        // 0.10 × 0.5 / 1.0 + 0.01 = 0.06, under the reserve of 0.10.
        AuctionDecision decision = run(onShoes(sp(1, "1.00", 1.0, "p1"), sp(2, "0.10", 0.5, "p2")), SHOES);

        assertEquals(amounts("0.10", "0.10"), prices(decision));
    }

    @Test
    void aLoneWinnerPaysTheReserve() {
        AuctionDecision decision = run(onShoes(sp(1, "2.00", 1.0, "p1")), SHOES);

        assertEquals(amounts("0.10"), prices(decision));
    }

    @Test
    void aCandidateBeyondTheSlotsStillPricesTheLastWinner() {
        AuctionDecision decision = run(onShoes(sp(1, "2.00", 1.0, "p1"), sp(2, "1.20", 1.0, "p2")),
                search("shoes", 1));

        assertEquals(List.of(1L), winnerIds(decision));
        assertEquals(amounts("1.21"), prices(decision));
        assertExcluded(decision, 2, "outranked");
    }

    // Exclusions

    @Test
    void aBidBelowTheReserveIsExcludedAndSetsNoPrice() {
        // Its score, 0.09 × 5 = 0.45, would have priced 1 at 0.46.
        AuctionDecision decision = run(onShoes(sp(1, "1.00", 1.0, "p1"), sp(2, "0.09", 5.0, "p2")), SHOES);

        assertEquals(List.of(1L), winnerIds(decision));
        assertEquals(amounts("0.10"), prices(decision));
        assertExcluded(decision, 2, "below_reserve");
        assertEquals(money("0.09"), traceOf(decision, 2).bid());
    }

    @Test
    void anAuctionIgnoresAdGroupsOfTheOtherFormat() {
        RetailerIndex index = onShoes(sp(1, "1.00", 1.0, "p1"), display(2, "5.00", 1.0, creative(21)));

        AuctionDecision sponsored = run(index, SHOES);
        assertEquals(List.of(1L), winnerIds(sponsored));
        assertEquals(1, sponsored.trace().size());

        AuctionDecision banner = run(index, new AuctionQuery(AuctionType.DISPLAY_KEYWORD, "shoes", null, null, 1));
        assertEquals(List.of(2L), winnerIds(banner));
        assertEquals(amounts("0.50"), prices(banner));
        assertEquals(1, banner.trace().size());
    }

    @Test
    void anAdGroupMatchingSeveralKeywordsCompetesOnceWithItsHighestBid() {
        RetailerIndex index = index()
                .group(sp(1, "0.50", 1.0, "p1", "p1b"))
                .group(sp(2, "0.60", 1.0, "p2"))
                .keyword(1, "shoes", MatchType.BROAD, null)
                .keyword(1, "red shoes", MatchType.PHRASE, "0.90")
                .keyword(1, "red shoes", MatchType.EXACT, "0.70")
                .keyword(2, "shoes", MatchType.BROAD, null)
                .build();

        AuctionDecision decision = run(index, search("red shoes", 4));

        assertEquals(List.of(1L, 2L), winnerIds(decision));
        assertEquals(money("0.90"), traceOf(decision, 1).bid());
        assertEquals(amounts("0.61", "0.10"), prices(decision));
    }

    @Test
    void aProductShownAboveMakesTheNextAdGroupShowItsNextAvailableProduct() {
        RetailerIndex index = index()
                .group(sp(1, "2.00", 1.0, "p1", "p2"))
                .group(sp(2, "1.00", 1.0, "p1", "sold-out", "p3"))
                .product("sold-out", 0)
                .keyword(1, "shoes", MatchType.BROAD, null)
                .keyword(2, "shoes", MatchType.BROAD, null)
                .build();

        AuctionDecision decision = run(index, SHOES);

        assertEquals(List.of(List.of("p1"), List.of("p3")),
                decision.winners().stream().map(Winner::productIds).toList());
    }

    @Test
    void anAdGroupLeftWithoutAProductIsExcludedForStockAndSetsNoPrice() {
        AuctionDecision decision = run(onShoes(sp(1, "2.00", 1.0, "p1"), sp(2, "1.00", 1.0, "p1")), SHOES);

        assertEquals(List.of(1L), winnerIds(decision));
        assertEquals(amounts("0.10"), prices(decision));
        assertExcluded(decision, 2, "no_stock");
    }

    @Test
    void aSponsoredAdGroupWithNothingAvailableIsExcludedForStock() {
        RetailerIndex index = index()
                .group(sp(1, "1.00", 1.0, "p9"))
                .product("p9", 0)
                .group(sp(2, "1.00", 1.0))
                .keyword(1, "shoes", MatchType.BROAD, null)
                .keyword(2, "shoes", MatchType.BROAD, null)
                .build();

        AuctionDecision decision = run(index, SHOES);

        assertEquals(List.of(), decision.winners());
        assertExcluded(decision, 1, "no_stock");
        assertExcluded(decision, 2, "no_stock");
    }

    @Test
    void aDisplayAdGroupWithoutCreativeIsNotLive() {
        RetailerIndex index = index().group(display(5, "2.00", 1.0)).page("home", 5L).build();

        AuctionDecision decision = run(index, new AuctionQuery(AuctionType.DISPLAY_PAGE, null, null, "home", 1));

        assertEquals(List.of(), decision.winners());
        assertExcluded(decision, 5, "not_live");
    }

    @Test
    void aDisplayWinnerShowsItsFirstCreativeWithOrWithoutAProduct() {
        RetailerIndex index = index()
                .group(display(5, "3.00", 1.0, creative(51), creative(52)))
                .group(withProducts(display(6, "2.00", 1.0, creative(61)), "p6"))
                .page("home", 5L, 6L)
                .build();

        AuctionDecision decision = run(index, new AuctionQuery(AuctionType.DISPLAY_PAGE, null, null, "home", 2));

        assertEquals(List.of(5L, 6L), winnerIds(decision));
        assertEquals(List.of(creative(51), creative(61)),
                decision.winners().stream().map(Winner::creative).toList());
        assertEquals(List.of(List.of(), List.of("p6")),
                decision.winners().stream().map(Winner::productIds).toList());
        assertEquals(amounts("2.01", "0.50"), prices(decision));
    }

    @Test
    void aNegativeKeywordInTheSearchExcludesTheAdGroup() {
        RetailerIndex index = onShoes(withNegatives(sp(1, "1.00", 1.0, "p1"), "free shipping"));

        assertExcluded(run(index, search("shoes free shipping", 4)), 1, "negative_keyword");
        // Not as a phrase: no exclusion.
        assertEquals(List.of(1L), winnerIds(run(index, search("free shoes shipping", 4))));
    }

    @Test
    void aCampaignOutOfBudgetOrAheadOfPaceIsExcluded() {
        RetailerIndex index = index()
                .group(sp(1, "1.00", 1.0, "p1")).campaign(spentToday(1, "100.00", "100.00"))
                // At noon the pace allows 60.
                .group(sp(2, "1.00", 1.0, "p2")).campaign(spentToday(2, "100.00", "61.00"))
                .group(sp(3, "1.00", 1.0, "p3")).campaign(spentToday(3, "100.00", "59.00"))
                .keyword(1, "shoes", MatchType.BROAD, null)
                .keyword(2, "shoes", MatchType.BROAD, null)
                .keyword(3, "shoes", MatchType.BROAD, null)
                .build();

        AuctionDecision decision = run(index, SHOES);

        assertEquals(List.of(3L), winnerIds(decision));
        assertExcluded(decision, 1, "budget");
        assertExcluded(decision, 2, "pacing");
    }

    @Test
    void aPausedAdGroupOrCampaignIsNotLive() {
        RetailerIndex index = index()
                .group(paused(sp(1, "1.00", 1.0, "p1")))
                .group(sp(2, "1.00", 1.0, "p2"))
                .campaign(new CampaignBudget(2, false, TODAY.minusDays(1), null, money("100.00"),
                        null, BigDecimal.ZERO, BigDecimal.ZERO))
                .keyword(1, "shoes", MatchType.BROAD, null)
                .keyword(2, "shoes", MatchType.BROAD, null)
                .build();

        AuctionDecision decision = run(index, SHOES);

        assertEquals(List.of(), decision.winners());
        assertExcluded(decision, 1, "not_live");
        assertExcluded(decision, 2, "not_live");
    }

    // Slots

    @Test
    void onlyTheSlotsWinAndTheRestAreOutranked() {
        AuctionDecision decision = run(onShoes(sp(1, "5.00", 1.0, "p1"), sp(2, "4.00", 1.0, "p2"),
                sp(3, "3.00", 1.0, "p3"), sp(4, "2.00", 1.0, "p4"), sp(5, "1.00", 1.0, "p5")), search("shoes", 3));

        assertEquals(List.of(1L, 2L, 3L), winnerIds(decision));
        assertEquals(List.of(1, 2, 3), decision.winners().stream().map(Winner::rank).toList());
        assertEquals(amounts("4.01", "3.01", "2.01"), prices(decision));
        assertExcluded(decision, 4, "outranked");
        assertExcluded(decision, 5, "outranked");
        assertEquals(5, decision.trace().size());
    }

    // Nothing to auction

    @Test
    void withoutCandidatesThereAreNoWinners() {
        RetailerIndex index = onShoes(sp(1, "1.00", 1.0, "p1"));

        AuctionDecision socks = run(index, search("socks", 4));
        assertEquals(List.of(), socks.winners());
        assertEquals(List.of(), socks.trace());

        AuctionDecision category = run(index, new AuctionQuery(AuctionType.SP_CATEGORY, null, "Garden", null, 4));
        assertEquals(List.of(), category.winners());
    }

    @Test
    void aCategoryAuctionFindsAdGroupsTargetingAParentCategory() {
        RetailerIndex index = index()
                .category(1, "Food", null)
                .category(2, "Dairy", 1L)
                .group(sp(10, "0.50", 1.0, "p10"))
                .categoryTarget(1, 10, "0.40")
                .build();

        AuctionDecision decision = run(index, new AuctionQuery(AuctionType.SP_CATEGORY, null, "DAIRY", null, 4));

        assertEquals(List.of(10L), winnerIds(decision));
        assertEquals(money("0.40"), traceOf(decision, 10).bid());
    }
}
