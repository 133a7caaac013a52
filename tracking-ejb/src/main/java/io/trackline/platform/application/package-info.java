/**
 * Platform services, each a transaction boundary; what runs at start-up, in order: the deployment check
 * (demo or production; production refuses to start with a missing or demo secret), the schema migration,
 * the migration of secrets at rest to the master key, and the demo data (demo mode only, each seed once per
 * database); the group commit and idempotent-retry helpers the ingestion paths share; and the abuse limit
 * on failed authentication.
 *
 * <p>State kept in memory here, and what becomes of it:
 * <ul>
 * <li>{@link io.trackline.platform.application.FailedAuthentications}' counters: per node, so with two nodes
 * an attacker spread over both gets twice the limit; a kill -9 forgets them (the limit only has to make
 * guessing slow); they need no database, so they keep working while it is down.</li>
 * <li>The deployment mode: decided from configuration and the database at each start, the same on every
 * node configured alike; nothing to lose.</li>
 * </ul>
 */
package io.trackline.platform.application;
