package io.trackline.dashboard.web;

import io.trackline.auction.api.ReportQuery;
import io.trackline.auction.api.ReportRow;
import io.trackline.auction.api.RetailDashboard;
import io.trackline.dashboard.mmp.AppReportSummary;
import io.trackline.dashboard.security.Viewer;
import io.trackline.influencer.api.InfluencerDashboard;
import io.trackline.influencer.api.InfluencerReport;
import io.trackline.influencer.api.InfluencerReportQuery;
import io.trackline.mmp.api.MmpDashboard;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The overview: for each brand, app and retailer the user sees, its last two weeks' totals. */
@Named
@RequestScoped
public class OverviewBean {

    static final int DAYS = 14;

    /** One retailer's totals. */
    public record RetailerSummary(long id, String name, ReportRow totals) {
    }

    /** One brand's postbacks. */
    public record BrandSummary(long id, String name, InfluencerReport.Row totals) {
    }

    /** One app's traffic, users and revenue. */
    public record AppSummary(long id, String name, String currency, AppReportSummary totals) {
    }

    @EJB
    private RetailDashboard console;

    @EJB
    private InfluencerDashboard influencer;

    @EJB
    private MmpDashboard mmp;

    @Inject
    private Viewer viewer;

    private List<RetailerSummary> retailers;
    private List<BrandSummary> brands;
    private List<AppSummary> apps;

    public List<RetailerSummary> getRetailers() {
        if (retailers == null) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            ReportQuery lastDays = new ReportQuery(today.minusDays(DAYS - 1), today, ReportQuery.Level.RETAILER,
                    false, null, null);
            retailers = console.retailers(viewer.user()).stream().map(retailer -> new RetailerSummary(retailer.id(),
                    retailer.name(), console.report(viewer.user(), retailer.id(), lastDays).totals())).toList();
        }
        return retailers;
    }

    public List<BrandSummary> getBrands() {
        if (brands == null) {
            InfluencerReportQuery lastDays = new InfluencerReportQuery(firstDay(), today(), null);
            brands = influencer.brands(viewer.user()).stream().map(brand -> new BrandSummary(brand.id(), brand.name(),
                    influencer.report(viewer.user(), brand.id(), lastDays).totals())).toList();
        }
        return brands;
    }

    public List<AppSummary> getApps() {
        if (apps == null) {
            apps = mmp.apps(viewer.user()).stream().map(app -> new AppSummary(app.id(), app.name(), app.currency(),
                    AppReportSummary.of(mmp.report(viewer.user(), app.id(), firstDay(), today()), null))).toList();
        }
        return apps;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static LocalDate firstDay() {
        return today().minusDays(DAYS - 1);
    }
}
