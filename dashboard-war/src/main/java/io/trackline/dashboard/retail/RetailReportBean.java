package io.trackline.dashboard.retail;

import io.trackline.auction.api.ReportQuery;
import io.trackline.auction.api.ReportRow;
import io.trackline.auction.api.RetailReport;
import io.trackline.auction.application.RetailConsole;
import io.trackline.dashboard.security.Viewer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The retail report page: a retailer, a date range, a level and an optional campaign; the days as a chart
 * and the rows as a table (with CSV export), from the same daily totals as the reports API.
 */
@Named
@ViewScoped
public class RetailReportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_DAYS = 14;

    @EJB
    private RetailConsole console;

    @Inject
    private Viewer viewer;

    private RetailerChoice retailer;
    private LocalDate from;
    private LocalDate to;
    private ReportQuery.Level level = ReportQuery.Level.CAMPAIGN;
    private Long campaignId;
    private RetailReport report;
    private String chartJson;

    @PostConstruct
    void load() {
        retailer = new RetailerChoice(console.retailers(viewer.user()));
        to = LocalDate.now(ZoneOffset.UTC);
        from = to.minusDays(DEFAULT_DAYS - 1);
        if (!retailer.isEmpty()) {
            show();
        }
    }

    public void show() {
        long retailerId = retailer.getRetailerId();
        report = console.report(viewer.user(), retailerId, new ReportQuery(from, to, level, true, null, campaignId));
        RetailReport days = console.report(viewer.user(), retailerId,
                new ReportQuery(from, to, ReportQuery.Level.RETAILER, true, null, campaignId));
        chartJson = ReportChart.of(from, to, days.rows());
    }

    public List<ReportQuery.Level> getLevels() {
        return List.of(ReportQuery.Level.values());
    }

    public List<ReportRow> getRows() {
        return report == null ? List.of() : report.rows();
    }

    public ReportRow getTotals() {
        return report == null ? ReportRow.empty() : report.totals();
    }

    public String getChartJson() {
        return chartJson;
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

    public ReportQuery.Level getLevel() {
        return level;
    }

    public void setLevel(ReportQuery.Level level) {
        this.level = level;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public RetailerChoice getRetailer() {
        return retailer;
    }
}
