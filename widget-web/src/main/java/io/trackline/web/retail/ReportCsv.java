package io.trackline.web.retail;

import io.trackline.auction.api.ReportRow;
import io.trackline.auction.api.RetailReport;
import io.trackline.platform.web.CsvCell;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A retail report as CSV (RFC 4180): a header, a line per row, and the totals last (their day is "total").
 * Every cell is written as {@link CsvCell} writes the dashboard's, safe to open in a spreadsheet.
 */
final class ReportCsv {

    static final String MEDIA_TYPE = "text/csv";
    private static final List<String> HEADER = List.of("day", "advertiser_id", "campaign_id", "ad_group_id",
            "impressions", "clicks", "invalid_clicks", "ctr", "spend", "add_to_carts", "add_to_cart_value",
            "direct_units", "direct_sales", "halo_units", "halo_sales", "sales", "roas");

    private ReportCsv() {
    }

    static String of(RetailReport report) {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        report.rows().forEach(row -> csv.append(line(row, row.day() == null ? "" : row.day().toString())));
        return csv.append(line(report.totals(), "total")).toString();
    }

    private static String line(ReportRow row, String day) {
        return Stream.of(day, row.advertiserId(), row.campaignId(), row.adGroupId(), row.impressions(), row.clicks(),
                        row.invalidClicks(), row.ctr(), row.spend(), row.addToCarts(), row.addToCartValue(),
                        row.directUnits(), row.directSales(), row.haloUnits(), row.haloSales(), row.sales(),
                        row.roas())
                .map(value -> CsvCell.field(Objects.toString(value, ""))).collect(Collectors.joining(",")) + "\r\n";
    }
}
