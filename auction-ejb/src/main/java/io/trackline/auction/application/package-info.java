/**
 * Auction services: the index holder (reloaded when anything changes), the auction itself with its
 * traces, the write-behind record of auctions, the group commits of clicks and of add-to-carts and
 * purchases, and the demo advertisers.
 *
 * <p>In-memory state, and what it means:
 * <ul>
 * <li>{@link io.trackline.auction.application.AuctionLog}: auctions answered and not yet recorded, with
 * their winners (clicks find them here until the database has them). Alone, or in cluster mode for an
 * auction Kafka did not take within 500 ms: each node records its own. Kill -9: they are lost, at most {@code trackline.retail.auction-log.max-unwritten}; normally
 * a few hundred milliseconds' worth, during an outage everything since it began. Database down: kept and
 * retried, never dropped; past the bound, auctions are refused (503).</li>
 * <li>Cluster mode: each auction's record is on Kafka before its answer is sent; the nodes write them into
 * the database as a consumer group ({@link io.trackline.auction.application.AuctionRecordWriting}),
 * idempotently, so a kill -9 loses none (the dead node's partitions pass to the others, which write again
 * what it had not finished), and a database outage leaves them waiting in Kafka (a day's retention).
 * {@link io.trackline.auction.application.RecentAuctions} holds every node's auctions of the last five
 * minutes (200,000 at most), so a click on any node finds its winner; one not read yet is caught up with
 * first. Kill -9: read from Kafka's end again; older auctions come from the database.</li>
 * <li>{@link io.trackline.auction.application.AuctionIndexHolder}: every retailer's index, read again when
 * the catalog or campaigns change (on the change's notice in cluster mode, and checked every 5 s) and
 * campaign spend every 5 s, and in cluster mode each billed click's spend from any node once committed.
 * Two nodes: each reads the database, so a change reaches the other within a second (cluster mode) or 5 s. Kill -9: read again at start. Database down: the
 * last index serves, and is not asked about; spend stops moving, so pacing uses the spend as last read.</li>
 * <li>{@link io.trackline.auction.application.AuctionTraces}: the recent auctions' decision traces, this
 * node's; in cluster mode a trace not held is asked of the others; lost on kill -9; unaffected by the
 * database.</li>
 * <li>{@link io.trackline.auction.application.ClickBatcher} and
 * {@link io.trackline.auction.application.ConversionBatcher}: clicks and conversions waiting for their
 * batch's commit, each with its request waiting for the answer (at most 1,024 a path, none longer than the
 * store's longest wait). Nothing is answered before its batch committed, so a kill -9 loses only
 * unanswered requests, which the retailer sends again. Two nodes: each batches its own; a click is billed
 * once whatever the node, since its auction id is claimed by a unique key, and so is an order id; each
 * click is charged by its own conditional update, so the overspend bound stays one click's price. Database
 * down: the breaker refuses at once (503), and what was waiting is answered 503.</li>
 * </ul>
 */
package io.trackline.auction.application;
