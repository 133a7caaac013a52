package io.trackline.mmp.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An app's report figures, per day. */
public interface AppReportFigures {

    record ClickRow(LocalDate day, String publisher, String campaign, long clicks) {
    }

    record UserRow(LocalDate day, String source, String publisher, String campaign, long users) {
    }

    record EventRow(LocalDate day, String mappingId, boolean counted, long events, BigDecimal revenue,
                    BigDecimal aggregatedValue) {
    }

    record UnconvertedRow(LocalDate day, String currency, BigDecimal amount) {
    }

    record ActiveChange(int window, LocalDate day, long users) {
    }

    List<ClickRow> clicks(long appId, LocalDate from, LocalDate to);

    /** Users attributed per day, source, publisher and campaign; one row per source with users. */
    List<UserRow> attributedUsers(long appId, LocalDate from, LocalDate to);

    /** Counted events per day and mapping id with their revenue and aggregated value; duplicates apart. */
    List<EventRow> events(long appId, LocalDate from, LocalDate to);

    /** Counted amounts that had no rate to the app's currency when they came in. */
    List<UnconvertedRow> unconvertedRevenue(long appId, LocalDate from, LocalDate to);

    /** The changes of the app's active users per window up to the day, oldest first (see ActiveWindows). */
    List<ActiveChange> activeChanges(long appId, LocalDate to);
}
