package io.trackline.auction.api;

/** A retailer's report, as its signed report request asks for it. */
public interface RetailerReports {

    RetailReport report(long retailerId, ReportQuery query);
}
