/**
 * Signature checking for every retail request (the seed's {@code X-STREAEM-HASH} and Standard Webhooks, as
 * each retailer accepts), replay protection, retailers and their keys, and the retailers of the demo.
 *
 * <p>In-memory state, and what it means:
 * <ul>
 * <li>{@link io.trackline.retail.application.SigningKeys}: each retailer's opened keys and settings, read
 * again after 10 s. Two nodes: a change made on one reaches the other once committed (cluster mode, within
 * a second), else within 10 s. Kill -9: nothing is
 * lost (all of it is read again from the database). Database down: the keys as last read go on signing
 * for the whole outage, so auctions are served; a retailer not read before the outage is refused (503).</li>
 * <li>{@link io.trackline.retail.application.ReplayProtection}: the replay keys (webhook-ids, and seed
 * signatures under replay protection) in flight or used up, with the answers to send again. It is this
 * node's, and in cluster mode every node's: a success goes to Kafka before its answer and every node
 * records it; a claim first reads Kafka as far as it went when the request came. So a copy sent to another
 * node after the first was answered is refused there (or answered again); two copies in flight at the same
 * moment on two nodes can both run, and so can copies on nodes that share only the database (or while
 * Kafka is down). What holds everywhere is what the database keeps once: a click per {@code auction_id}, a purchase per {@code order_id}, an add-to-cart per
 * {@code event_id} (under Standard Webhooks, its {@code webhook-id} when it has no {@code event_id}), a
 * product shown per {@code auction_id}; an auction or a report may run twice. Kill -9: the ledger is gone;
 * requests in flight never answered, so their senders retry them, and succeeded keys are forgotten, with
 * the same database guarantees as across nodes. Database down: the ledger needs no database; the requests
 * fail (5xx, 503) and give their keys back, so the same requests succeed once it is back.</li>
 * </ul>
 */
package io.trackline.retail.application;
