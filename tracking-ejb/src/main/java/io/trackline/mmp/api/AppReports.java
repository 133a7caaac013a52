package io.trackline.mmp.api;

import java.time.LocalDate;

/** An app's report over a span of UTC days. */
public interface AppReports {

    /** The longest range one report covers. */
    int MAX_DAYS = 31;

    AppReport report(AppRef app, LocalDate from, LocalDate to);
}
