package io.trackline.mmp.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Active users over windows of 1, 7 and 30 days, kept as changes: a user counts in the window ending on
 * day E when it had a session in the window's days. A session day d covers the windows ending from d to
 * d + w - 1; a new day adds what it covers beyond the user's nearest session days before (p) and after
 * (n) it, as +1 from max(d, p + w) and -1 from min(d + w, n). Users active in the window ending on E are
 * the sum of the changes up to E, whatever order the days arrive in.
 */
public final class ActiveWindows {

    public static final List<Integer> WINDOWS = List.of(1, 7, 30);
    /** How far a user's other session days matter to a new one. */
    public static final int REACH_DAYS = 30;

    /** A change of the users active in windows of {@code window} days, from {@code day} on. */
    public record Change(int window, LocalDate day) {
    }

    private ActiveWindows() {
    }

    /**
     * The changes when {@code added} join a user's {@code existing} session days (those within
     * {@link #REACH_DAYS} of them suffice); days already there change nothing.
     */
    public static Map<Change, Long> changes(NavigableSet<LocalDate> existing, List<LocalDate> added) {
        NavigableSet<LocalDate> days = new TreeSet<>(existing);
        Map<Change, Long> changes = new TreeMap<>((a, b) -> a.window() != b.window()
                ? Integer.compare(a.window(), b.window()) : a.day().compareTo(b.day()));
        for (LocalDate day : new TreeSet<>(added)) {
            if (!days.add(day)) {
                continue;
            }
            LocalDate before = days.lower(day);
            LocalDate after = days.higher(day);
            for (int window : WINDOWS) {
                LocalDate from = before == null || before.plusDays(window).isBefore(day) ? day
                        : before.plusDays(window);
                LocalDate until = after == null || after.isAfter(day.plusDays(window)) ? day.plusDays(window) : after;
                if (from.isBefore(until)) {
                    changes.merge(new Change(window, from), 1L, Long::sum);
                    changes.merge(new Change(window, until), -1L, Long::sum);
                }
            }
        }
        changes.values().removeIf(delta -> delta == 0);
        return changes;
    }
}
