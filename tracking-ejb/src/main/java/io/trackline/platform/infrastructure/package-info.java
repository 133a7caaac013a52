/**
 * Schema migrations (Flyway, run before JPA touches the database), JPA repositories, password hashing.
 *
 * <p>State: {@link io.trackline.platform.infrastructure.PasswordHashing} holds one stand-in hash in memory, of
 * a random password nobody knows, that unknown usernames are checked against so that they cost what a wrong
 * password does. Each node makes its own when it first hashes: two nodes hold different ones, which refuse
 * alike and cost alike; after a kill -9 the restarted node makes a new one; it is never stored, so a database
 * that is down changes nothing about it.
 */
package io.trackline.platform.infrastructure;
