package io.trackline.auction.application;

import io.trackline.auction.api.ReportQuery;
import io.trackline.auction.api.ReportRow;
import io.trackline.auction.api.RetailReport;
import io.trackline.auction.api.RetailerReports;
import io.trackline.auction.domain.ReportRows;
import io.trackline.platform.api.InvalidFieldException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A retailer's report over at most {@value #MAX_DAYS} days, from the daily totals: impressions, clicks,
 * CTR, spend, add-to-carts, attributed sales (direct and halo) and ROAS.
 */
@Stateless
@LocalBean
@Local(RetailerReports.class)
public class RetailReports implements RetailerReports {

    static final int MAX_DAYS = 92;

    @Inject
    private ReportRows reports;

    public RetailReport report(long retailerId, ReportQuery query) {
        if (query.to().isBefore(query.from())) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(query.from(), query.to()) >= MAX_DAYS) {
            throw new InvalidFieldException("to", "a report spans at most " + MAX_DAYS + " days");
        }
        List<ReportRow> rows = reports.rows(retailerId, query);
        ReportRow totals = rows.stream().reduce(ReportRow.empty(), ReportRow::plus);
        return new RetailReport(retailerId, query.from(), query.to(), query.level().wireName(), query.daily(), rows,
                totals);
    }
}
