package io.trackline.mmp.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Active users from changes: the sums match counting distinct users per window, in any arrival order. */
class ActiveWindowsTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 1);

    @Test
    void aUserCountsOncePerWindowHoweverManySessionDaysItHas() {
        Map<ActiveWindows.Change, Long> changes = new HashMap<>();
        add(changes, new TreeSet<>(), List.of(START, START.plusDays(2)));

        assertEquals(1, active(changes, 7, START.plusDays(2)));
        assertEquals(1, active(changes, 7, START.plusDays(8)));
        assertEquals(0, active(changes, 7, START.plusDays(9)));
        assertEquals(0, active(changes, 1, START.plusDays(1)));
        assertEquals(1, active(changes, 30, START.plusDays(31)));
    }

    @Test
    void randomUsersArrivingInAnyOrderMatchADistinctCount() {
        Random random = new Random(7);
        Map<ActiveWindows.Change, Long> changes = new HashMap<>();
        List<TreeSet<LocalDate>> users = new ArrayList<>();
        for (int user = 0; user < 40; user++) {
            TreeSet<LocalDate> days = new TreeSet<>();
            for (int session = 0; session < 6; session++) {
                LocalDate day = START.plusDays(random.nextInt(60));
                add(changes, days, List.of(day));
            }
            users.add(days);
        }
        for (int window : ActiveWindows.WINDOWS) {
            for (int offset = 0; offset < 95; offset++) {
                LocalDate end = START.plusDays(offset);
                long distinct = users.stream().filter(days -> !days.subSet(end.minusDays(window - 1L), true, end, true)
                        .isEmpty()).count();
                assertEquals(distinct, active(changes, window, end), window + " days to " + end);
            }
        }
    }

    private static void add(Map<ActiveWindows.Change, Long> changes, TreeSet<LocalDate> days, List<LocalDate> added) {
        ActiveWindows.changes(days, added).forEach((change, delta) -> changes.merge(change, delta, Long::sum));
        days.addAll(added);
    }

    private static long active(Map<ActiveWindows.Change, Long> changes, int window, LocalDate end) {
        return changes.entrySet().stream().filter(change -> change.getKey().window() == window
                && !change.getKey().day().isAfter(end)).mapToLong(Map.Entry::getValue).sum();
    }
}
