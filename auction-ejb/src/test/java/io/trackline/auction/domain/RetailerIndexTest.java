package io.trackline.auction.domain;

import static io.trackline.auction.domain.Fixtures.NOW;
import static io.trackline.auction.domain.Fixtures.index;
import static io.trackline.auction.domain.Fixtures.money;
import static io.trackline.auction.domain.Fixtures.sp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the index answers an auction: bids by keyword, category and page, categories, availability. */
class RetailerIndexTest {

    private static List<String> search(String text) {
        return Keywords.tokens(Keywords.normalize(text));
    }

    @Test
    void eachAdGroupBidsItsHighestMatchingKeywordBid() {
        RetailerIndex index = index()
                .group(sp(1, "0.50", 1.0, "p1"))
                .keyword(1, "red shoes", MatchType.PHRASE, "0.80")
                .keyword(1, "shoes", MatchType.BROAD, "1.20")
                // The highest bid of the group, but it does not match the search.
                .keyword(1, "red", MatchType.EXACT, "2.00")
                .build();

        assertEquals(Map.of(1L, money("1.20")), index.keywordBids(search("Red Shoes")));
    }

    @Test
    void aKeywordWithoutBidBidsTheGroupsDefault() {
        RetailerIndex index = index()
                .group(sp(2, "0.70", 1.0, "p2"))
                .keyword(2, "shoes", MatchType.BROAD, null)
                .build();

        assertEquals(Map.of(2L, money("0.70")), index.keywordBids(search("shoes")));
    }

    @Test
    void aKeywordFiledUnderItsFirstWordMatchesWhereverThatWordIs() {
        RetailerIndex index = index()
                .group(sp(1, "0.50", 1.0, "p1"))
                .group(sp(2, "0.50", 1.0, "p2"))
                .keyword(1, "running shoes", MatchType.BROAD, "0.90")
                .keyword(2, "running shoes", MatchType.PHRASE, "0.60")
                .build();

        assertEquals(Map.of(1L, money("0.90")), index.keywordBids(search("shoes for running")));
        assertEquals(Map.of(1L, money("0.90"), 2L, money("0.60")),
                index.keywordBids(search("trail running shoes")));
        assertEquals(Map.of(), index.keywordBids(search("shoes")));
    }

    @Test
    void aNegativeKeywordIsNeverACandidate() {
        RetailerIndex index = index()
                .group(sp(1, "0.50", 1.0, "p1"))
                .keyword(1, "shoes", MatchType.NEGATIVE, "0.90")
                .build();

        assertEquals(Map.of(), index.keywordBids(search("shoes")));
    }

    @Test
    void anEmptySearchHasNoBids() {
        RetailerIndex index = index()
                .group(sp(1, "0.50", 1.0, "p1"))
                .keyword(1, "shoes", MatchType.BROAD, "0.90")
                .build();

        assertEquals(Map.of(), index.keywordBids(List.of()));
    }

    /** Food (1) > Dairy (2) > Crème Brûlée (3). */
    private static RetailerIndex foodCategories() {
        return index()
                .category(1, "Food", null)
                .category(2, "Dairy", 1L)
                .category(3, "Crème Brûlée", 2L)
                .group(sp(10, "0.50", 1.0, "p10"))
                .group(sp(11, "0.60", 1.0, "p11"))
                .group(sp(12, "0.70", 1.0, "p12"))
                .categoryTarget(1, 10, "0.40")
                .categoryTarget(2, 11, null)
                .categoryTarget(1, 12, "0.30")
                .categoryTarget(3, 12, "0.90")
                .build();
    }

    @Test
    void aCategoryFindsTheTargetsOfItsAncestors() {
        RetailerIndex index = foodCategories();

        assertEquals(Map.of(10L, money("0.40"), 12L, money("0.30")), index.categoryBids(1));
        assertEquals(Map.of(10L, money("0.40"), 11L, money("0.60"), 12L, money("0.30")), index.categoryBids(2));
    }

    @Test
    void theClosestTargetOfAnAdGroupSetsItsBid() {
        assertEquals(money("0.90"), foodCategories().categoryBids(3).get(12L));
    }

    @Test
    void aCategoryWithoutTargetsOrParentHasNoBids() {
        assertEquals(Map.of(), foodCategories().categoryBids(99));
    }

    @Test
    void aCycleInTheCategoryTreeEndsTheWalk() {
        RetailerIndex index = index()
                .category(1, "Food", 2L)
                .category(2, "Dairy", 1L)
                .group(sp(10, "0.50", 1.0, "p10"))
                .group(sp(11, "0.60", 1.0, "p11"))
                .categoryTarget(1, 10, "0.40")
                .categoryTarget(2, 11, "0.45")
                .build();

        Map<Long, BigDecimal> bids = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> index.categoryBids(1));

        assertEquals(Map.of(10L, money("0.40"), 11L, money("0.45")), bids);
    }

    @Test
    void aCategoryIsFoundByIdWithOrWithoutSpaces() {
        RetailerIndex index = foodCategories();

        assertEquals(Optional.of(3L), index.category("3"));
        assertEquals(Optional.of(3L), index.category(" 3 "));
    }

    @Test
    void aCategoryIsFoundByNameWhateverItsCaseAndAccents() {
        RetailerIndex index = foodCategories();

        assertEquals(Optional.of(3L), index.category("CREME BRULEE"));
        assertEquals(Optional.of(3L), index.category(" crème-brûlée "));
        assertEquals(Optional.of(2L), index.category("dairy"));
    }

    @Test
    void anUnknownCategoryNameIsEmpty() {
        assertEquals(Optional.empty(), foodCategories().category("Garden"));
    }

    @Test
    void aPageBidsTheDefaultBidsOfItsAdGroups() {
        RetailerIndex index = index()
                .group(sp(1, "0.55", 1.0))
                .group(sp(2, "0.65", 1.0))
                .page("home", 1L, 2L)
                .build();

        assertEquals(Map.of(1L, money("0.55"), 2L, money("0.65")), index.pageBids("home"));
        assertEquals(Map.of(), index.pageBids("checkout"));
    }

    @Test
    void anUnknownProductIsNotAvailable() {
        RetailerIndex index = index().group(sp(1, "0.50", 1.0, "p1")).product("p2", 0).build();

        assertTrue(index.available("p1", NOW));
        assertFalse(index.available("p2", NOW));
        assertFalse(index.available("p3", NOW));
    }
}
