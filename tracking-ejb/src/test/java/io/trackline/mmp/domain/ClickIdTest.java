package io.trackline.mmp.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClickIdTest {

    @Test
    void aNewIdIsUrlSafeAndPlausible() {
        String id = ClickId.next();

        assertEquals(22, id.length());
        assertTrue(id.matches("[A-Za-z0-9_-]+"), id);
        assertTrue(ClickId.plausible(id), id);
    }

    @Test
    void idsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            ids.add(ClickId.next());
        }
        assertEquals(1_000, ids.size());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "abcdefghijklmnopqrstu", "abcdefghijklmnopqrstuvw", "abcdefghijklmnopqrst+/",
            "abcdefghijklmnopqrst==", "abcdefghijklmnopqrst u", "abcdefghijklmnopqrstu\n"})
    void anythingElseIsNotAClickId(String value) {
        assertFalse(ClickId.plausible(value), value);
    }

    @Test
    void everyUrlSafeCharacterIsAccepted() {
        assertTrue(ClickId.plausible("AZaz09_-AZaz09_-AZaz09"));
    }
}
