package io.trackline.cluster;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** The suite's figures: lines on standard output that start with {@code cluster:}, and the sums behind them. */
final class Figures {

    private Figures() {
    }

    static void figure(String format, Object... arguments) {
        System.out.println("cluster: " + String.format(format, arguments));
    }

    static long millis(long fromNanos, long toNanos) {
        return TimeUnit.NANOSECONDS.toMillis(toNanos - fromNanos);
    }

    static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    static long max(List<Long> sorted) {
        return sorted.get(sorted.size() - 1);
    }
}
