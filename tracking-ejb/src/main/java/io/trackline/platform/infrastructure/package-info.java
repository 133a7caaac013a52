/**
 * Schema migrations (Flyway, run before JPA touches the database), JPA repositories and JDBC helpers,
 * password hashing, and secrets at rest: the master key ({@code TRACKLINE_MASTER_KEY}) and the keys derived
 * from it, the peppered hashes of partner secrets, the daily visitor-hash keys sealed under it.
 *
 * <p>State kept in memory here: the daily visitor-hash keys {@code VisitorHashing} has opened (each node
 * opens the same sealed row, so two nodes hash alike; a kill -9 loses only the copy; while the database is
 * down a node already holding today's key keeps hashing, one without it fails the request as the database
 * would), and the master key and its derived keys (read from configuration at start).
 */
package io.trackline.platform.infrastructure;
