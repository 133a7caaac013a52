/**
 * The auction, free of any container: keyword normalisation and matching, the per-retailer index, the
 * engine that picks and prices winners, and the decision trace it leaves; and what storage is handed and
 * gives back ({@code AuctionRecord}, {@code WinnerRef}, {@code CampaignSpent}).
 */
package io.trackline.auction.domain;
