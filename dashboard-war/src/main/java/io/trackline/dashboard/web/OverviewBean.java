package io.trackline.dashboard.web;

import io.trackline.auction.api.ReportQuery;
import io.trackline.auction.api.ReportRow;
import io.trackline.auction.application.RetailConsole;
import io.trackline.dashboard.security.Viewer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The overview: for each retailer the user sees, its last two weeks' totals. */
@Named
@RequestScoped
public class OverviewBean {

    static final int DAYS = 14;

    /** One retailer's totals. */
    public record RetailerSummary(long id, String name, ReportRow totals) {
    }

    @EJB
    private RetailConsole console;

    @Inject
    private Viewer viewer;

    private List<RetailerSummary> retailers;

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
}
