package io.trackline.auction.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything an auction of one retailer reads, in memory and immutable: its terms, ad groups with
 * their campaigns' budgets, keyword targets indexed by their first word, category targets with the
 * category tree, page targets, and product availability. A new index replaces it when anything changes.
 */
public record RetailerIndex(long retailerId, RetailerTerms terms, Map<Long, AdGroup> adGroups,
                            Map<Long, CampaignBudget> campaigns,
                            Map<String, List<KeywordTarget>> keywordsByFirstToken,
                            Map<Long, List<CategoryTarget>> categoryTargets, Map<Long, Long> categoryParents,
                            Map<String, Long> categoriesByName, Map<String, List<Long>> pageTargets,
                            Map<String, Availability> products) {

    private static final Pattern CATEGORY_ID = Pattern.compile("\\d{1,18}");

    public BigDecimal reservePrice(AdFormat format) {
        return terms.reservePrice(format);
    }

    /** The same index with the ad groups' qualities as given (1, average, for an ad group not in it). */
    public RetailerIndex withQualities(Map<Long, Double> qualities) {
        Map<Long, AdGroup> rated = new HashMap<>();
        adGroups.forEach((id, group) -> rated.put(id, group.withQuality(qualities.getOrDefault(id, 1.0))));
        return new RetailerIndex(retailerId, terms, Map.copyOf(rated), campaigns, keywordsByFirstToken,
                categoryTargets, categoryParents, categoriesByName, pageTargets, products);
    }

    /**
     * The ad groups whose keywords match the search, each with its highest matching bid. Every word of a
     * matching keyword is in the search, its first word too: so only keywords filed under one of the
     * search's words need a look.
     */
    public Map<Long, BigDecimal> keywordBids(List<String> searchTokens) {
        Map<Long, BigDecimal> bids = new HashMap<>();
        for (int i = 0; i < searchTokens.size(); i++) {
            String token = searchTokens.get(i);
            if (searchTokens.indexOf(token) < i) {
                continue;
            }
            for (KeywordTarget keyword : keywordsByFirstToken.getOrDefault(token, List.of())) {
                if (keyword.matchType() != MatchType.NEGATIVE && keyword.matchType().matches(keyword.tokens(),
                        searchTokens)) {
                    BigDecimal bid = keyword.bid() != null ? keyword.bid()
                            : adGroups.get(keyword.adGroupId()).defaultBid();
                    bids.merge(keyword.adGroupId(), bid, BigDecimal::max);
                }
            }
        }
        return bids;
    }

    /** The ad groups targeting the category or one of its ancestors, each with its bid there. */
    public Map<Long, BigDecimal> categoryBids(long categoryId) {
        Map<Long, BigDecimal> bids = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        Long category = categoryId;
        for (; category != null && seen.add(category); category = categoryParents.get(category)) {
            for (CategoryTarget target : categoryTargets.getOrDefault(category, List.of())) {
                AdGroup group = adGroups.get(target.adGroupId());
                bids.putIfAbsent(target.adGroupId(), target.bid() != null ? target.bid() : group.defaultBid());
            }
        }
        return bids;
    }

    public Map<Long, BigDecimal> pageBids(String page) {
        Map<Long, BigDecimal> bids = new HashMap<>();
        for (Long adGroupId : pageTargets.getOrDefault(page, List.of())) {
            bids.put(adGroupId, adGroups.get(adGroupId).defaultBid());
        }
        return bids;
    }

    /** A category by id ("3", 3) or by name, case and accents aside. */
    public Optional<Long> category(String idOrName) {
        String trimmed = idOrName.strip();
        if (CATEGORY_ID.matcher(trimmed).matches()) {
            return Optional.of(Long.parseLong(trimmed));
        }
        return Optional.ofNullable(categoriesByName.get(Keywords.normalize(trimmed)));
    }

    public boolean available(String productId, Instant now) {
        Availability availability = products.get(productId);
        return availability != null && availability.available(now);
    }
}
