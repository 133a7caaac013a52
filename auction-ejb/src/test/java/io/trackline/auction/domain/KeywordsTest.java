package io.trackline.auction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One form for keywords and search terms, so that a shopper's spelling does not decide who matches. */
class KeywordsTest {

    @Test
    void accentsHyphensAndOuterSpacesGo() {
        assertEquals("creme brulee", Keywords.normalize("  Crème-Brûlée "));
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals("red running shoes", Keywords.normalize("RED Running sHOES"));
        assertEquals("apfel", Keywords.normalize("ÄPFEL"));
    }

    @Test
    void anythingButLettersAndDigitsSeparatesWordsOnce() {
        assertEquals("t shirt men s xl", Keywords.normalize("t-shirt, men's/XL!!"));
        assertEquals("red shoes", Keywords.normalize("red \t _ shoes"));
    }

    @Test
    void digitsStay() {
        assertEquals("iphone 15 pro 256gb", Keywords.normalize("iPhone 15 Pro 256GB"));
        assertEquals("4k tv 55", Keywords.normalize("4K-TV 55\""));
    }

    @Test
    void textWithoutLettersOrDigitsIsEmptyAndHasNoTokens() {
        assertEquals("", Keywords.normalize(" -- !? "));
        assertEquals(List.of(), Keywords.tokens(Keywords.normalize(" -- !? ")));
    }

    @Test
    void tokensAreTheWordsInOrder() {
        assertEquals(List.of("red", "running", "shoes", "42"), Keywords.tokens("red running shoes 42"));
    }

    @Test
    void anEmptyPhraseIsNeverContained() {
        assertFalse(Keywords.containsPhrase(List.of("red", "shoes"), List.of()));
        assertFalse(Keywords.containsPhrase(List.of(), List.of()));
    }

    @Test
    void aPhraseLongerThanTheQueryIsNotContained() {
        assertFalse(Keywords.containsPhrase(List.of("red", "shoes"), List.of("red", "shoes", "sale")));
    }

    @Test
    void aPhraseIsFoundAtTheStartInTheMiddleAndAtTheEnd() {
        List<String> query = List.of("cheap", "red", "running", "shoes");

        assertTrue(Keywords.containsPhrase(query, List.of("cheap", "red")));
        assertTrue(Keywords.containsPhrase(query, List.of("red", "running")));
        assertTrue(Keywords.containsPhrase(query, List.of("running", "shoes")));
        assertTrue(Keywords.containsPhrase(query, query));
    }

    @Test
    void aPhraseMustBeConsecutiveAndInOrder() {
        List<String> query = List.of("cheap", "red", "running", "shoes");

        assertFalse(Keywords.containsPhrase(query, List.of("red", "shoes")));
        assertFalse(Keywords.containsPhrase(query, List.of("shoes", "running")));
    }
}
