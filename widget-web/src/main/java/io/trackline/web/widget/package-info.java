/**
 * The live widget: the overlay page (and its host form), its assets, its totals and its server-sent
 * event stream. A stream starts with a snapshot (or a replay of what a reconnecting overlay missed), then
 * carries one event per counted postback, with heartbeats; connections hold no thread.
 *
 * <p>In-memory state: the open streams ({@link io.trackline.web.widget.OverlayConnections}) and the counts
 * of their places per widget, per client address and in all ({@link io.trackline.web.widget.OverlayStreamCaps}).
 * A place is taken before a stream starts and given back when it closes, from either side: at once when
 * the server closes it or a write fails, and within a heartbeat or two when an overlay went away without
 * a word (the heartbeat is the write that finds out). A stream's events are written one at a time, never on
 * the live feed's thread; an overlay that reads too slowly (256 events waiting to be written) has its stream
 * ended, and catches up with a replay when it reconnects, so it holds little memory and delays nobody.
 * <ul>
 * <li><b>Two nodes:</b> each counts its own streams, so the caps are per node: behind a load balancer
 * spreading one address over n nodes, that address may hold up to n times its cap in all. The node cap is
 * what keeps each node's memory and connections bounded; size it per node.</li>
 * <li><b>After kill -9:</b> the streams and their counts are gone together; overlays reconnect, to this node
 * once restarted or to another, and take places afresh. Nothing is persisted, so nothing is stale.</li>
 * <li><b>While the database is down:</b> the counts do not depend on it. A stream that cannot read its
 * snapshot or replay is refused (503) and gives its place back at once; open streams stay open, with
 * heartbeats (test alerts are refused while the database's circuit breaker is open).</li>
 * </ul>
 */
package io.trackline.web.widget;
