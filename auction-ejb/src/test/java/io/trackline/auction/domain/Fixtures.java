package io.trackline.auction.domain;

import io.trackline.auction.api.AuctionQuery;
import io.trackline.auction.api.AuctionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small retailer indexes for the auction tests. Each ad group gets a campaign of its own id (live, no spend,
 * a budget far out of reach) unless one is given, and its products are in stock unless said otherwise, so a
 * test only states what it is about.
 */
final class Fixtures {

    /** Noon UTC: the pace then allows half the daily budget plus the 10% slack. */
    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final BigDecimal SP_RESERVE = new BigDecimal("0.10");
    static final BigDecimal DISPLAY_RESERVE = new BigDecimal("0.50");

    private Fixtures() {
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    static AdGroup sp(long id, String defaultBid, double quality, String... productIds) {
        return new AdGroup(id, id, 1, AdFormat.SP, true, money(defaultBid), List.of(productIds), List.of(),
                List.of(), quality);
    }

    static AdGroup display(long id, String defaultBid, double quality, Creative... creatives) {
        return new AdGroup(id, id, 1, AdFormat.DISPLAY, true, money(defaultBid), List.of(), List.of(),
                List.of(creatives), quality);
    }

    static Creative creative(long id) {
        return new Creative(id, "https://cdn.example/" + id + ".png", "Banner " + id, "https://shop.example/" + id,
                728, 90);
    }

    static AdGroup paused(AdGroup group) {
        return new AdGroup(group.id(), group.campaignId(), group.advertiserId(), group.format(), false,
                group.defaultBid(), group.productIds(), group.negativeKeywords(), group.creatives(), group.quality());
    }

    static AdGroup withProducts(AdGroup group, String... productIds) {
        return new AdGroup(group.id(), group.campaignId(), group.advertiserId(), group.format(), group.active(),
                group.defaultBid(), List.of(productIds), group.negativeKeywords(), group.creatives(), group.quality());
    }

    static AdGroup withNegatives(AdGroup group, String... negativeKeywords) {
        List<List<String>> negatives = new ArrayList<>();
        for (String keyword : negativeKeywords) {
            negatives.add(Keywords.tokens(Keywords.normalize(keyword)));
        }
        return new AdGroup(group.id(), group.campaignId(), group.advertiserId(), group.format(), group.active(),
                group.defaultBid(), group.productIds(), negatives, group.creatives(), group.quality());
    }

    static CampaignBudget liveCampaign(long id) {
        return new CampaignBudget(id, true, TODAY.minusDays(30), null, money("1000.00"), null, BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    static CampaignBudget spentToday(long id, String dailyBudget, String spentToday) {
        return new CampaignBudget(id, true, TODAY.minusDays(30), null, money(dailyBudget), null, money(spentToday),
                money(spentToday));
    }

    static AuctionQuery search(String searchTerm, int slots) {
        return new AuctionQuery(AuctionType.SP_KEYWORD, searchTerm, null, null, slots);
    }

    static IndexBuilder index() {
        return new IndexBuilder();
    }

    static final class IndexBuilder {

        private final Map<Long, AdGroup> adGroups = new HashMap<>();
        private final Map<Long, CampaignBudget> campaigns = new HashMap<>();
        private final Map<String, List<KeywordTarget>> keywords = new HashMap<>();
        private final Map<Long, List<CategoryTarget>> categoryTargets = new HashMap<>();
        private final Map<Long, Long> categoryParents = new HashMap<>();
        private final Map<String, Long> categoriesByName = new HashMap<>();
        private final Map<String, List<Long>> pageTargets = new HashMap<>();
        private final Map<String, Availability> products = new HashMap<>();

        private IndexBuilder() {
        }

        IndexBuilder group(AdGroup group) {
            adGroups.put(group.id(), group);
            campaigns.putIfAbsent(group.campaignId(), liveCampaign(group.campaignId()));
            for (String productId : group.productIds()) {
                products.putIfAbsent(productId, new Availability(10, null));
            }
            return this;
        }

        IndexBuilder campaign(CampaignBudget campaign) {
            campaigns.put(campaign.campaignId(), campaign);
            return this;
        }

        IndexBuilder product(String productId, Integer stock) {
            products.put(productId, new Availability(stock, null));
            return this;
        }

        /** Files the keyword under its first word, as the index loader does. */
        IndexBuilder keyword(long adGroupId, String keyword, MatchType matchType, String bid) {
            List<String> tokens = Keywords.tokens(Keywords.normalize(keyword));
            keywords.computeIfAbsent(tokens.get(0), first -> new ArrayList<>())
                    .add(new KeywordTarget(adGroupId, tokens, matchType, bid == null ? null : money(bid)));
            return this;
        }

        IndexBuilder category(long id, String name, Long parentId) {
            categoriesByName.put(Keywords.normalize(name), id);
            if (parentId != null) {
                categoryParents.put(id, parentId);
            }
            return this;
        }

        IndexBuilder categoryTarget(long categoryId, long adGroupId, String bid) {
            categoryTargets.computeIfAbsent(categoryId, id -> new ArrayList<>())
                    .add(new CategoryTarget(adGroupId, bid == null ? null : money(bid)));
            return this;
        }

        IndexBuilder page(String page, Long... adGroupIds) {
            pageTargets.put(page, List.of(adGroupIds));
            return this;
        }

        RetailerIndex build() {
            return new RetailerIndex(1, new RetailerTerms(SP_RESERVE, DISPLAY_RESERVE, 14, true), Map.copyOf(adGroups),
                    Map.copyOf(campaigns),
                    Map.copyOf(keywords), Map.copyOf(categoryTargets), Map.copyOf(categoryParents),
                    Map.copyOf(categoriesByName), Map.copyOf(pageTargets), Map.copyOf(products));
        }
    }
}
