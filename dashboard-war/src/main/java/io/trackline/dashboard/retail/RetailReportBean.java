package io.trackline.dashboard.retail;

import io.trackline.auction.api.ReportQuery;
import io.trackline.auction.api.ReportRow;
import io.trackline.auction.api.RetailDashboard;
import io.trackline.auction.api.RetailReport;
import io.trackline.dashboard.security.Viewer;
import io.trackline.dashboard.web.Choice;
import io.trackline.dashboard.web.DateRange;
import io.trackline.dashboard.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
    private RetailDashboard console;

    @Inject
    private Viewer viewer;

    private Choice retailer;
    private final DateRange range = DateRange.lastDays(DEFAULT_DAYS);
    private ReportQuery.Level level = ReportQuery.Level.CAMPAIGN;
    private Long campaignId;
    private RetailReport report;
    private String chartJson;

    @PostConstruct
    void load() {
        retailer = RetailerChoice.of(console.retailers(viewer.user()));
    }

    /** On opening the page: the report of the first retailer offered, over the days asked for, if any. */
    public void open() {
        if (retailer.isOffered()) {
            show();
        }
    }

    public void show() {
        Messages.attempt(() -> {
            long retailerId = retailer.getChosen();
            report = console.report(viewer.user(), retailerId,
                    new ReportQuery(range.getFrom(), range.getTo(), level, true, null, campaignId));
            RetailReport days = console.report(viewer.user(), retailerId, new ReportQuery(range.getFrom(),
                    range.getTo(), ReportQuery.Level.RETAILER, true, null, campaignId));
            chartJson = ReportChart.of(range.getFrom(), range.getTo(), days.rows());
        });
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

    public DateRange getRange() {
        return range;
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

    public Choice getRetailer() {
        return retailer;
    }
}
