/**
 * Postback recording (the transaction boundary), access-key checks, reference-data caches, widget reads and
 * the live feed.
 *
 * <p>In-memory state of the live feed ({@link io.trackline.influencer.application.LiveWidgetFeed}): the
 * overlays subscribed on this node, and the queue of committed events (and test alerts) waiting for its
 * dispatcher thread, at most {@code trackline.overlay.live-queue-capacity} of them.
 * <ul>
 * <li><b>Two nodes:</b> every node publishes the events of the postbacks it committed on the cluster bus
 * (Kafka), and every node queues every event for its own overlays. Events of one widget are numbered in
 * the database, in commit order, without gaps ({@code widget_sequence}), whichever node commits them; they
 * can reach a node out of that order (two writers, two nodes), and each overlay puts them back in order and
 * reads from the database what does not come within 200 ms. Without Kafka (or while it is down) an overlay
 * on another node sees those events only when it reconnects, since replays and snapshots read the
 * database.</li>
 * <li><b>After kill -9:</b> queued events die with the streams they were for. Each was committed before it
 * was queued, so the overlays, reconnecting to any node with {@code Last-Event-ID}, get them as a
 * replay (or a snapshot that counts them): nothing is lost, only late.</li>
 * <li><b>While the database is down:</b> nothing commits, so nothing new is queued; what was queued is still
 * handed over. A test alert is refused (503) while the database's circuit breaker is open, as every request
 * that goes through an enterprise bean is.</li>
 * <li><b>Overflow:</b> when delivery falls so far behind that the queue is full, the queued events are let go
 * and every overlay is told it missed some: its stream ends and the overlay reconnects for a replay, as
 * after a restart. Nothing is dropped without the overlay catching up.</li>
 * </ul>
 */
package io.trackline.influencer.application;
