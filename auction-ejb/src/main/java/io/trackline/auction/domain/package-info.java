/**
 * The auction, free of any container: keyword normalisation and matching, the per-retailer index, the
 * engine that picks and prices winners, and the decision trace it leaves; and what storage is handed and
 * gives back ({@code AuctionRecord}, {@code WinnerRef}, {@code CampaignSpent}). The query it answers and the
 * trace entries it writes are the published language of {@code io.trackline.auction.api}.
 *
 * <p>The ports storage implements: {@code AuctionIndexes}, {@code AuctionRecords}, {@code AdClicks},
 * {@code DailyStats}, {@code Campaigns}, {@code StoredConversions}, {@code ReportRows}, {@code RetailDemoRows}.
 * Campaigns, conversions and reports hand back the {@code auction.api} records the wire carries.
 */
package io.trackline.auction.domain;
