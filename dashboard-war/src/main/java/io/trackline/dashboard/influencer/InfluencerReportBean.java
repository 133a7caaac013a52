package io.trackline.dashboard.influencer;

import io.trackline.dashboard.security.Viewer;
import io.trackline.dashboard.web.Choice;
import io.trackline.dashboard.web.DailyChart;
import io.trackline.dashboard.web.DateRange;
import io.trackline.dashboard.web.Messages;
import io.trackline.influencer.api.BrandView;
import io.trackline.influencer.api.InfluencerDashboard;
import io.trackline.influencer.api.InfluencerReport;
import io.trackline.influencer.api.InfluencerReportQuery;
import io.trackline.influencer.api.NamedId;
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
 * The influencer report page: a brand, a date range and an optional campaign; postbacks per day as a
 * chart, and counted and filtered postbacks per influencer, campaign and event type as tables with CSV.
 */
@Named
@ViewScoped
public class InfluencerReportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_DAYS = 14;

    @EJB
    InfluencerDashboard console;

    @Inject
    Viewer viewer;

    private Choice brand;
    private List<NamedId> campaigns = List.of();
    private final DateRange range = DateRange.lastDays(DEFAULT_DAYS);
    private Long campaignId;
    private InfluencerReport report;
    private String chartJson;

    /** A brand asked for in the address ({@code ?brand=}), so that a report can be linked to. */
    private Long requestedBrand;

    @PostConstruct
    void load() {
        brand = Choice.of(console.brands(viewer.user()), BrandView::id, BrandView::name);
    }

    /** On opening the page: the brand asked for, else the first one offered. */
    public void open() {
        if (requestedBrand != null) {
            brand.setChosen(requestedBrand);
        }
        if (brand.getChosen() != null) {
            brandChanged();
        }
    }

    /** Another brand: its campaigns to filter by, and its report. */
    public void brandChanged() {
        campaignId = null;
        report = null;
        Messages.attempt(() -> {
            campaigns = console.campaigns(viewer.user(), brand.getChosen());
            show();
        });
    }

    public void show() {
        Messages.attempt(() -> {
            report = console.report(viewer.user(), brand.getChosen(),
                    new InfluencerReportQuery(range.getFrom(), range.getTo(), campaignId));
            Map<LocalDate, InfluencerReport.Day> byDay = new HashMap<>();
            report.days().forEach(day -> byDay.put(day.day(), day));
            chartJson = DailyChart.over(range.getFrom(), range.getTo()).axis("postbacks", "left", "Postbacks")
                    .series("Counted", "bar", "postbacks", "#4f46e5", byDay, day -> BigDecimal.valueOf(day.counted()))
                    .series("Filtered by anti-cheat", "line", "postbacks", "#f59e0b", byDay,
                            day -> BigDecimal.valueOf(day.filtered()))
                    .toJson();
        });
    }

    public InfluencerReport getReport() {
        return report;
    }

    public String getChartJson() {
        return chartJson;
    }

    public Long getRequestedBrand() {
        return requestedBrand;
    }

    public void setRequestedBrand(Long requestedBrand) {
        this.requestedBrand = requestedBrand;
    }

    public Choice getBrand() {
        return brand;
    }

    public List<NamedId> getCampaigns() {
        return campaigns;
    }

    public DateRange getRange() {
        return range;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }
}
