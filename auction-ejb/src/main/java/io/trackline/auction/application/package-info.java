/**
 * Auction services: the index holder (reloaded when anything changes), the auction itself with its
 * traces, the write-behind record of auctions, and the demo advertisers.
 *
 * <p>In-memory state, and what it means:
 * <ul>
 * <li>{@link io.trackline.auction.application.AuctionLog}: auctions answered and not yet recorded, with
 * their winners (clicks find them here until the database has them). Two nodes: each records its own; a
 * click sent to the other node before the record is written does not find its winner (cluster mode is to
 * fix that). Kill -9: they are lost, at most {@code trackline.retail.auction-log.max-unwritten}; normally
 * a few hundred milliseconds' worth, during an outage everything since it began. Database down: kept and
 * retried, never dropped; past the bound, auctions are refused (503).</li>
 * <li>{@link io.trackline.auction.application.AuctionIndexHolder}: every retailer's index, read again when
 * the catalog or campaigns change (checked every 5 s) and campaign spend every 5 s. Two nodes: each reads
 * the database, so a change reaches the other within 5 s. Kill -9: read again at start. Database down: the
 * last index serves, and is not asked about; spend stops moving, so pacing uses the spend as last read.</li>
 * <li>{@link io.trackline.auction.application.AuctionTraces}: the recent auctions' decision traces, this
 * node's only; lost on kill -9; unaffected by the database.</li>
 * </ul>
 */
package io.trackline.auction.application;
