/**
 * JDBC for the auction: loading the in-memory index, writing the record of auctions in batches, clicks
 * and budgets, conversions, the daily statistics and reports. No class here begins a transaction.
 *
 * <p>The batch paths stay JDBC because they were measured faster: {@code JdbcAuctionRecords} writes a batch
 * of the auction log and {@code JdbcDailyStats} the daily totals as multi-row inserts
 * ({@code MultiRowInsert}); README "Benchmark" has the throughput they reach.
 */
package io.trackline.auction.infrastructure;
