package io.trackline.dashboard.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptHeaderTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "application/xhtml+xml", "TEXT/HTML; charset=utf-8", "application/json;q=0.5, text/html"})
    void browsersPreferAPage(String accept) {
        assertTrue(AcceptHeader.prefersHtml(accept));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/json", "application/problem+json", "text/html;q=0.5, application/json",
            "text/html;q=0", "text/html;q=oops", "text/plain", ""})
    void otherClientsPreferData(String accept) {
        assertFalse(AcceptHeader.prefersHtml(accept));
    }

    @Test
    void noHeaderIsNoPreferenceForAPage() {
        assertFalse(AcceptHeader.prefersHtml(null));
    }
}
