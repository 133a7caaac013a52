package io.trackline.auction.domain;

import io.trackline.auction.api.ReportQuery;
import io.trackline.auction.api.ReportRow;
import java.util.List;

/** A retailer's daily totals summed to the rows a report asks for. */
public interface ReportRows {

    List<ReportRow> rows(long retailerId, ReportQuery query);
}
