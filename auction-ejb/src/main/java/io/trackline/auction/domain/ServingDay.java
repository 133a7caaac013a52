package io.trackline.auction.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The UTC day an auction runs in, and how much of it a campaign may have spent by now: the part of the day
 * gone plus a tenth of it as slack, in milliseconds of the day. Worked out once per auction, not once per
 * candidate.
 */
public record ServingDay(LocalDate date, BigDecimal allowedMillis) {

    static final long DAY_MILLIS = 86_400_000L;
    static final BigDecimal DAY = BigDecimal.valueOf(DAY_MILLIS);
    /** A tenth of the daily budget may be spent ahead of an even pace, so that mornings serve. */
    static final long SLACK_MILLIS = DAY_MILLIS / 10;

    public static ServingDay of(Instant now) {
        long millis = now.toEpochMilli();
        long day = Math.floorDiv(millis, DAY_MILLIS);
        return new ServingDay(LocalDate.ofEpochDay(day),
                BigDecimal.valueOf(Math.floorMod(millis, DAY_MILLIS) + SLACK_MILLIS));
    }

    /** Whether spending {@code spentToday} of {@code dailyBudget} by now is ahead of the pace. */
    boolean ahead(BigDecimal spentToday, BigDecimal dailyBudget) {
        return spentToday.multiply(DAY).compareTo(dailyBudget.multiply(allowedMillis)) > 0;
    }
}
