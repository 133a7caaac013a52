package io.trackline.mmp.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubIdsTest {

    @Test
    void aClicksOwnSubIdsWinAndTheLinksFillTheGaps() {
        SubIds click = new SubIds(Arrays.asList("story", null, null, "x", null));
        SubIds link = new SubIds(Arrays.asList("feed", "summer", null, "y", null));

        assertEquals(Arrays.asList("story", "summer", null, "x", null), click.orElse(link).values());
    }

    @Test
    void thereAreAlwaysFive() {
        assertEquals(5, SubIds.none().values().size());
        assertThrows(IllegalArgumentException.class, () -> new SubIds(List.of("a", "b")));
    }
}
