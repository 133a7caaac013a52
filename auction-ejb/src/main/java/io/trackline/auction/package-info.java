/**
 * Sponsored-product and display auctions (seed 002): advertisers, campaigns and ad groups held in an
 * in-memory index per retailer, the auction engine (matching, eligibility, ranking, generalised second
 * price), pacing, the record of every auction (written behind), and the billing of clicks against
 * campaign budgets.
 *
 * <p>Where transactions begin: in the application layer. The {@code @Stateless} services
 * ({@code AuctionLogWriter} per batch of the auction log, {@code ClickBilling}, {@code ConversionService},
 * {@code ShownImpressions}, {@code CampaignManager}, {@code RetailConsole}, {@code RetailReports}) are
 * container-managed, {@code REQUIRED}; {@code AuctionIndexRefresh}'s timer is {@code NOT_SUPPORTED}.
 * {@code RetailDemoSeed} is the one CDI {@code @Transactional} bean: demo data loads while
 * {@code tracking-ejb} starts, before this module's enterprise beans exist. The CDI beans that only read
 * ({@code AuctionIndexHolder}, {@code CampaignSpend}, {@code Winners} when not called by a service) start
 * none. Everything here is JDBC; no JPA entity maps an auction table.
 */
package io.trackline.auction;
