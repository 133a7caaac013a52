package io.trackline.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's choice: the first thing offered to begin with, nothing when nothing is offered. */
class ChoiceTest {

    private record Thing(long id, String name) {
    }

    @Test
    void theFirstThingIsChosenAndLabelledAsAsked() {
        Choice choice = Choice.of(List.of(new Thing(7, "Seven"), new Thing(3, "Three")), Thing::id, Thing::name);

        assertTrue(choice.isOffered());
        assertEquals(7L, choice.getChosen());
        assertEquals(List.of(new Choice.Option(7, "Seven"), new Choice.Option(3, "Three")), choice.getOptions());
    }

    @Test
    void nothingOfferedChoosesNothing() {
        Choice choice = Choice.of(List.<Thing>of(), Thing::id, Thing::name);

        assertFalse(choice.isOffered());
        assertNull(choice.getChosen());
    }
}
