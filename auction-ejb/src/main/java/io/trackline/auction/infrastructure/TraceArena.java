package io.trackline.auction.infrastructure;

import java.util.Arrays;
import java.util.Optional;

/**
 * Byte records kept by a 128-bit key (a UUID) in one array allocated at start, first in first out: a new
 * record overwrites the oldest. Nothing here is an object per record, so keeping a hundred thousand of them
 * costs the garbage collector nothing (on-heap maps of recent records, with their pointers from old objects
 * to young ones, made every young collection copy and scan them).
 *
 * <p>Records are found through a set-associative table of {@value #WAYS} slots a bucket; a record whose
 * bytes were overwritten, or whose slot was taken by a newer one, is gone. Thread-safe; each call holds
 * the lock for a copy of one record.
 */
public final class TraceArena {

    static final int WAYS = 8;
    /** Length, then the two halves of the key. */
    private static final int HEADER_BYTES = 4 + 8 + 8;

    private final byte[] arena;
    private final long[] keyHigh;
    private final long[] keyLow;
    /** Where each slot's record starts, counted in bytes ever written; -1 for an empty slot. */
    private final long[] positions;
    private final int bucketMask;
    private long written;

    /**
     * @param bytes    room for the records' bytes
     * @param records  how many records at most can be found (the table's size)
     */
    public TraceArena(int bytes, int records) {
        int buckets = Integer.highestOneBit(Math.max(1, records / WAYS) * 2 - 1);
        arena = new byte[bytes];
        keyHigh = new long[buckets * WAYS];
        keyLow = new long[buckets * WAYS];
        positions = new long[buckets * WAYS];
        Arrays.fill(positions, -1);
        bucketMask = buckets - 1;
    }

    /** Keeps the record; a record larger than a sixteenth of the arena is not kept. */
    public synchronized void put(long high, long low, byte[] record) {
        int length = HEADER_BYTES + record.length;
        if (length > arena.length / 16) {
            return;
        }
        int offset = (int) (written % arena.length);
        if (offset + length > arena.length) {
            written += arena.length - offset;
            offset = 0;
        }
        long position = written;
        putInt(offset, record.length);
        putLong(offset + 4, high);
        putLong(offset + 12, low);
        System.arraycopy(record, 0, arena, offset + HEADER_BYTES, record.length);
        written += length;
        int slot = slotFor(high, low);
        keyHigh[slot] = high;
        keyLow[slot] = low;
        positions[slot] = position;
    }

    /** The record kept under the key, while it is still here. */
    public synchronized Optional<byte[]> get(long high, long low) {
        int first = bucket(high, low);
        for (int slot = first; slot < first + WAYS; slot++) {
            long position = positions[slot];
            if (position >= 0 && keyHigh[slot] == high && keyLow[slot] == low && intact(position)) {
                int offset = (int) (position % arena.length);
                if (getLong(offset + 4) == high && getLong(offset + 12) == low) {
                    int start = offset + HEADER_BYTES;
                    return Optional.of(Arrays.copyOfRange(arena, start, start + getInt(offset)));
                }
            }
        }
        return Optional.empty();
    }

    /** The slot to keep a record in: its key's own, else an empty or overwritten one, else the oldest. */
    private int slotFor(long high, long low) {
        int first = bucket(high, low);
        int oldest = first;
        for (int slot = first; slot < first + WAYS; slot++) {
            if (positions[slot] < 0 || !intact(positions[slot]) || keyHigh[slot] == high && keyLow[slot] == low) {
                return slot;
            }
            if (positions[slot] < positions[oldest]) {
                oldest = slot;
            }
        }
        return oldest;
    }

    /** Whether a record written at that position has not been written over since. */
    private boolean intact(long position) {
        return written - position <= arena.length;
    }

    private int bucket(long high, long low) {
        long mixed = high * 0x9E3779B97F4A7C15L + low;
        mixed = (mixed ^ (mixed >>> 31)) * 0xBF58476D1CE4E5B9L;
        return (int) ((mixed >>> 32) & bucketMask) * WAYS;
    }

    private void putInt(int offset, int value) {
        for (int i = 0; i < 4; i++) {
            arena[offset + i] = (byte) (value >>> (24 - 8 * i));
        }
    }

    private int getInt(int offset) {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value = value << 8 | arena[offset + i] & 0xFF;
        }
        return value;
    }

    private void putLong(int offset, long value) {
        putInt(offset, (int) (value >>> 32));
        putInt(offset + 4, (int) value);
    }

    private long getLong(int offset) {
        return (long) getInt(offset) << 32 | getInt(offset + 4) & 0xFFFFFFFFL;
    }
}
