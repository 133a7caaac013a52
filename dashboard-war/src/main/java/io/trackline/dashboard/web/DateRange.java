package io.trackline.dashboard.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The UTC days a report page shows, both included: the last few days to begin with, as a person sets them after. */
public final class DateRange implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;

    private DateRange(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
    }

    /** The {@code days} days that end today. */
    public static DateRange lastDays(int days) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new DateRange(today.minusDays(days - 1L), today);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
