/**
 * Schema migrations (Flyway, run before JPA touches the database), JPA repositories and JDBC helpers,
 * password hashing, and secrets at rest: the master key ({@code TRACKLINE_MASTER_KEY}) and the keys derived
 * from it, the peppered hashes of partner secrets, the rows of the daily visitor-hash keys sealed under it.
 *
 * <p>State kept in memory here, and what becomes of it:
 * <ul>
 * <li>The master key and the keys derived from it: read from configuration at start, the same on every
 * node configured alike.</li>
 * <li>{@link io.trackline.platform.infrastructure.PasswordHashing}'s stand-in hash, of a random password
 * nobody knows, that unknown usernames are checked against so that they cost what a wrong password does.
 * Each node makes its own: two nodes hold different ones, which refuse alike and cost alike; after a kill -9
 * the restarted node makes a new one; it is never stored, so a database that is down changes nothing.</li>
 * </ul>
 */
package io.trackline.platform.infrastructure;
