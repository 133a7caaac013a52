package io.trackline.auction.api;

import java.time.LocalDate;
import java.util.List;

/** A retailer's report: what was asked for, its rows, and their totals. */
public record RetailReport(long retailerId, LocalDate from, LocalDate to, String level, boolean daily,
                           List<ReportRow> rows, ReportRow totals) {
}
