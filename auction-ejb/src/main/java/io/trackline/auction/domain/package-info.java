/**
 * The auction, free of any container: keyword normalisation and matching, the per-retailer index, the
 * engine that picks and prices winners, and the decision trace it leaves; and what storage is handed and
 * gives back ({@code AuctionRecord}, {@code WinnerRef}, {@code CampaignSpent}). The query it answers and the
 * trace entries it writes are the published language of {@code io.trackline.auction.api}.
 */
package io.trackline.auction.domain;
