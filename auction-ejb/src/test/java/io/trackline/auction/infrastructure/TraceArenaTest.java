package io.trackline.auction.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Records by key in a fixed arena: found while kept, gone once written over, never another's. */
class TraceArenaTest {

    private static byte[] record(int length, int seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void aRecordIsFoundByItsKeyAndNoOtherKey() {
        TraceArena arena = new TraceArena(4096, 64);
        byte[] record = record(100, 1);

        arena.put(1, 2, record);

        assertArrayEquals(record, arena.get(1, 2).orElseThrow());
        assertEquals(Optional.empty(), arena.get(2, 1));
        assertEquals(Optional.empty(), arena.get(1, 3));
    }

    @Test
    void whenTheArenaWrapsTheOldestRecordsAreGoneAndTheNewestStay() {
        TraceArena arena = new TraceArena(10_000, 1_000);
        for (int i = 0; i < 100; i++) {
            arena.put(i, i, record(180, i));
        }

        // 100 records of 200 bytes with their header: the last 50 fit in 10,000 bytes
        for (int i = 0; i < 50; i++) {
            assertEquals(Optional.empty(), arena.get(i, i), "record " + i);
        }
        for (int i = 51; i < 100; i++) {
            assertArrayEquals(record(180, i), arena.get(i, i).orElseThrow(), "record " + i);
        }
    }

    @Test
    void aRecordThatWouldCrossTheEndStartsAtTheBeginningWhole() {
        TraceArena arena = new TraceArena(4_096, 64);
        for (int i = 0; i < 40; i++) {
            arena.put(i, 7, record(150 + 2 * i, i));
            assertArrayEquals(record(150 + 2 * i, i), arena.get(i, 7).orElseThrow(), "record " + i);
        }
    }

    @Test
    void aFullTableGivesUpItsOldestRecordsFirst() {
        TraceArena arena = new TraceArena(1 << 20, TraceArena.WAYS);
        for (int i = 0; i < 3 * TraceArena.WAYS; i++) {
            arena.put(i, -i, record(10, i));
        }

        int found = 0;
        for (int i = 0; i < 3 * TraceArena.WAYS; i++) {
            found += arena.get(i, -i).isPresent() ? 1 : 0;
        }
        assertTrue(found <= 2 * TraceArena.WAYS, found + " found");
        assertTrue(arena.get(3 * TraceArena.WAYS - 1, 1 - 3 * TraceArena.WAYS).isPresent(), "the newest");
    }

    @Test
    void aRecordTooLargeForTheArenaIsNotKept() {
        TraceArena arena = new TraceArena(4_096, 64);

        arena.put(1, 1, record(4_096 / 16, 1));

        assertEquals(Optional.empty(), arena.get(1, 1));
    }
}
