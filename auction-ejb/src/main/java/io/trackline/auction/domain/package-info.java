/**
 * The auction, free of any container: keyword normalisation and matching, the per-retailer index, the
 * engine that picks and prices winners, and the decision trace it leaves; and what storage is handed and
 * gives back ({@code AuctionRecord}, {@code WinnerRef}, {@code CampaignSpent}).
 *
 * <p>The ports storage implements: {@code AuctionIndexes}, {@code AuctionRecords}, {@code AdClicks},
 * {@code DailyStats}, {@code RetailDemoRows}. Campaigns, conversions and reports are still reached through their JDBC classes:
 * they read and write {@code auction.api} records, and a port here using them would close a cycle with
 * {@code auction.api.AuctionTrace}, which uses {@code TraceEntry} of this package.
 */
package io.trackline.auction.domain;
