/**
 * Schema migrations (Flyway, run before JPA touches the database), JPA repositories and JDBC helpers,
 * password hashing, and secrets at rest: the master key ({@code TRACKLINE_MASTER_KEY}) and the keys derived
 * from it, the peppered hashes of partner secrets, the rows of the daily visitor-hash keys sealed under it.
 *
 * <p>State kept in memory here, and what becomes of it:
 * <ul>
 * <li>The master key and the keys derived from it: read from configuration at start, the same on every
 * node configured alike.</li>
 * <li>The cluster bus ({@link io.trackline.platform.infrastructure.ClusterMessageBus}, with
 * {@link io.trackline.platform.infrastructure.KafkaLink} in cluster mode): the handlers this node's beans
 * registered, the Kafka producer's buffer of messages not yet acknowledged, and where its reader stands in
 * each partition. <b>Two nodes:</b> each reads every partition of every topic from the end it found at
 * start, and skips what it published itself (its handlers heard that at once). <b>After kill -9:</b> the
 * buffered messages (at most a few milliseconds' worth) are lost: they are live events, whose overlays
 * catch up from the database when they next reconnect or meet a gap, and change notices, whose caches
 * catch up on their refresh timer. The restarted node reads from the end again; what it missed while down
 * concerned overlays and caches it no longer has. <b>While the database is down:</b> the bus does not
 * depend on it. <b>While Kafka is down:</b> the node serves on, alone; its reader goes on from where it
 * stood once Kafka is back (within the topics' retention), and what the producer could not send within
 * 10 s is counted in {@code trackline_cluster_messages_lost}.</li>
 * <li>{@link io.trackline.platform.infrastructure.PasswordHashing}'s stand-in hash, of a random password
 * nobody knows, that unknown usernames are checked against so that they cost what a wrong password does.
 * Each node makes its own: two nodes hold different ones, which refuse alike and cost alike; after a kill -9
 * the restarted node makes a new one; it is never stored, so a database that is down changes nothing.</li>
 * </ul>
 */
package io.trackline.platform.infrastructure;
