/**
 * Postback recording (the transaction boundary), access-key checks, reference-data caches, widget reads and
 * the live feed.
 *
 * <p>In-memory state of the live feed ({@link io.trackline.influencer.application.LiveWidgetFeed}): the
 * overlays subscribed on this node, and the queue of committed events (and test alerts) waiting for its
 * dispatcher thread, at most {@code trackline.overlay.live-queue-capacity} of them.
 * <ul>
 * <li><b>Two nodes:</b> each queues the events of the postbacks it committed, for its own overlays only; an
 * overlay on the other node does not see them live until live events fan out between nodes (DESIGN,
 * "Beyond one machine"), but gets them when it reconnects, since replays and snapshots read the database.
 * Order is per node: the dispatcher hands events over in the order this node committed them.</li>
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
