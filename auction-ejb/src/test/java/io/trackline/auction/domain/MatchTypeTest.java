package io.trackline.auction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keyword against search, both already normalised. */
class MatchTypeTest {

    private static List<String> words(String text) {
        return Keywords.tokens(text);
    }

    @ParameterizedTest(name = "{0} \"{1}\" on \"{2}\" -> {3}")
    @CsvSource({
            "EXACT,  red shoes, red shoes,            true",
            "EXACT,  red shoes, red shoes sale,       false",
            "EXACT,  red shoes, shoes red,            false",
            "EXACT,  red shoes, red,                  false",
            "PHRASE, red shoes, red shoes,            true",
            "PHRASE, red shoes, cheap red shoes sale, true",
            "PHRASE, red shoes, shoes red,            false",
            "PHRASE, red shoes, red running shoes,    false",
            "BROAD,  red shoes, red shoes,            true",
            "BROAD,  red shoes, shoes red,            true",
            "BROAD,  red shoes, red running shoes,    true",
            "BROAD,  red shoes, shoes for a red dress, true",
            "BROAD,  red shoes, red boots,            false",
            "BROAD,  red shoes, shoes,                false",
    })
    void matches(MatchType matchType, String keyword, String query, boolean expected) {
        assertEquals(expected, matchType.matches(words(keyword), words(query)));
    }

    @ParameterizedTest(name = "\"{0}\" on \"{1}\" -> {2}")
    @CsvSource({
            "free shipping, shoes free shipping,  true",
            "free shipping, free shipping,        true",
            "free shipping, free shoes shipping,  false",
            "free shipping, shipping free,        false",
            "free shipping, free,                 false",
    })
    void aNegativeKeywordMatchesAsAPhrase(String keyword, String query, boolean expected) {
        assertEquals(expected, MatchType.NEGATIVE.matches(words(keyword), words(query)));
        assertEquals(expected, MatchType.PHRASE.matches(words(keyword), words(query)));
    }

    @ParameterizedTest
    @CsvSource({"BROAD", "PHRASE", "NEGATIVE"})
    void anEmptyKeywordMatchesNoSearch(MatchType matchType) {
        assertFalse(matchType.matches(List.of(), words("red shoes")));
    }
}
