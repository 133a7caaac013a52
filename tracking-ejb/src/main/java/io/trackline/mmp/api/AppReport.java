package io.trackline.mmp.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An app's figures per UTC day; money in the app's currency. */
public record AppReport(String app, String currency, LocalDate from, LocalDate to, List<Day> days) {

    public record Day(LocalDate day, long clicks, AttributedUsers attributedUsers, List<Publisher> publishers,
                      List<Event> events, BigDecimal revenue, List<Money> unconvertedRevenue, long sessions,
                      ActiveUsers activeUsers) {
    }

    /** Users attributed on the day, by how. */
    public record AttributedUsers(long click, long fingerprint, long organic) {

        public long total() {
            return click + fingerprint + organic;
        }
    }

    /** Clicks and the users they brought, per publisher and campaign. */
    public record Publisher(String publisher, String campaign, long clicks, long clickUsers, long fingerprintUsers) {
    }

    /** Counted events of one declared event, with their revenue and summed aggregated value. */
    public record Event(String eventId, long count, long duplicates, BigDecimal revenue,
                        BigDecimal aggregatedValue) {
    }

    /** Revenue in a currency that had no rate when it came in. */
    public record Money(String currency, BigDecimal amount) {
    }

    /** Distinct users with a session on the day, in the 7 days and in the 30 days ending with it. */
    public record ActiveUsers(long daily, long weekly, long monthly) {
    }
}
