package io.trackline.auction.domain;

import java.util.List;

/**
 * How a keyword matches a search: exactly; as a phrase within it; broadly (all its words, in any order);
 * or, for a negative keyword, as a phrase that excludes the ad group.
 */
public enum MatchType {
    EXACT, PHRASE, BROAD, NEGATIVE;

    public boolean matches(List<String> keyword, List<String> query) {
        return switch (this) {
            case EXACT -> keyword.equals(query);
            case PHRASE, NEGATIVE -> Keywords.containsPhrase(query, keyword);
            case BROAD -> !keyword.isEmpty() && query.containsAll(keyword);
        };
    }
}
