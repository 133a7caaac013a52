package io.trackline.influencer.api;

import io.trackline.platform.api.InvalidFieldException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The UTC days a report covers, both included, and the one campaign it is about ({@code null}: all). */
public record InfluencerReportQuery(LocalDate from, LocalDate to, Long campaignId) {

    /** The longest range one report covers. */
    public static final int MAX_DAYS = 366;

    public InfluencerReportQuery {
        if (from == null || to == null) {
            throw new InvalidFieldException(from == null ? "from" : "to", "A report needs its first and last day.");
        }
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "The last day comes before the first.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidFieldException("to", "A report covers at most " + MAX_DAYS + " days.");
        }
    }
}
