package io.trackline.dashboard.web;

import io.trackline.mmp.api.AppReport;
import java.math.BigDecimal;

/** An app report's days summed: clicks, attributed users, revenue, and the active users of its last day. */
public record AppReportTotals(long clicks, long attributedUsers, BigDecimal revenue, long dailyActive,
                              long monthlyActive) {

    public static AppReportTotals of(AppReport report) {
        long clicks = 0;
        long users = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        for (AppReport.Day day : report.days()) {
            clicks += day.clicks();
            users += day.attributedUsers().click() + day.attributedUsers().fingerprint()
                    + day.attributedUsers().organic();
            revenue = revenue.add(day.revenue());
        }
        AppReport.ActiveUsers last = report.days().isEmpty() ? new AppReport.ActiveUsers(0, 0, 0)
                : report.days().get(report.days().size() - 1).activeUsers();
        return new AppReportTotals(clicks, users, revenue, last.daily(), last.monthly());
    }
}
