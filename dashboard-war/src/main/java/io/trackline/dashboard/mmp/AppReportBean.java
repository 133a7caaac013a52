package io.trackline.dashboard.mmp;

import io.trackline.dashboard.security.Viewer;
import io.trackline.dashboard.web.Choice;
import io.trackline.dashboard.web.DailyChart;
import io.trackline.dashboard.web.DateRange;
import io.trackline.dashboard.web.Messages;
import io.trackline.mmp.api.AppReport;
import io.trackline.mmp.api.AppView;
import io.trackline.mmp.api.MmpDashboard;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The app report page: an app, a date range and an optional campaign; clicks, attributed users, revenue
 * and daily active users per day as a chart, and tables per day, publisher and campaign, and event.
 */
@Named
@ViewScoped
public class AppReportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_DAYS = 14;

    @EJB
    MmpDashboard console;

    @Inject
    Viewer viewer;

    private Choice app;
    private Long requestedApp;
    private final DateRange range = DateRange.lastDays(DEFAULT_DAYS);
    private String campaign;
    private AppReport report;
    private AppReportSummary summary;
    private String chartJson;

    @PostConstruct
    void load() {
        app = Choice.of(console.apps(viewer.user()), AppView::id, view -> view.name() + " (" + view.code() + ")");
    }

    /** On opening the page: the app asked for ({@code ?app=}), else the first one offered. */
    public void open() {
        if (requestedApp != null) {
            app.setChosen(requestedApp);
        }
        if (app.getChosen() != null) {
            show();
        }
    }

    public void show() {
        report = null;
        summary = null;
        Messages.attempt(() -> {
            report = console.report(viewer.user(), app.getChosen(), range.getFrom(), range.getTo());
            summary = AppReportSummary.of(report, campaign == null || campaign.isBlank() ? null : campaign);
            Map<LocalDate, AppReport.Day> byDay = new HashMap<>();
            report.days().forEach(day -> byDay.put(day.day(), day));
            chartJson = DailyChart.over(range.getFrom(), range.getTo())
                    .axis("counts", "left", "Clicks and users")
                    .amountAxis("money", "right", "Revenue (" + report.currency() + ")")
                    .series("Clicks", "bar", "counts", "#0ea5e9", byDay, day -> BigDecimal.valueOf(day.clicks()))
                    .series("Attributed users", "bar", "counts", "#4f46e5", byDay,
                            day -> BigDecimal.valueOf(day.attributedUsers().total()))
                    .series("Daily active users", "line", "counts", "#10b981", byDay,
                            day -> BigDecimal.valueOf(day.activeUsers().daily()))
                    .series("Revenue", "line", "money", "#f59e0b", byDay, AppReport.Day::revenue)
                    .toJson();
        });
    }

    public List<AppReport.Day> getDays() {
        return report == null ? List.of() : report.days();
    }

    public AppReport getReport() {
        return report;
    }

    public AppReportSummary getSummary() {
        return summary;
    }

    public String getChartJson() {
        return chartJson;
    }

    public Choice getApp() {
        return app;
    }

    public Long getRequestedApp() {
        return requestedApp;
    }

    public void setRequestedApp(Long requestedApp) {
        this.requestedApp = requestedApp;
    }

    public DateRange getRange() {
        return range;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }
}
