/**
 * Platform services, each a transaction boundary; what runs at start-up, in order: the deployment check
 * (demo or production; production refuses to start with a missing or demo secret), the schema migration,
 * the migration of secrets at rest to the master key, and the demo data (demo mode only, each seed once per
 * database); the group commit and idempotent-retry helpers the ingestion paths share; and the abuse limit
 * on failed authentication.
 *
 * <p>A read outside a transaction is safe on a request's own thread, whose scope ends with the request, but
 * not on a thread made by {@code ManagedThreadFactory} (the deadline's workers, the group commit's writers):
 * Liberty keeps the connection with such a thread until the thread ends. So every cache read, which runs on
 * whichever thread asks first, runs in a transaction ({@link io.trackline.platform.application.ReferenceReads}),
 * and the loops on those threads reach storage only through enterprise beans.
 *
 * <p>State kept in memory here, and what becomes of it:
 * <ul>
 * <li>{@link io.trackline.platform.application.FailedAuthentications}' counters: per node, so with two nodes
 * an attacker spread over both gets twice the limit; a kill -9 forgets them (the limit only has to make
 * guessing slow); they need no database, so they keep working while it is down.</li>
 * <li>{@link io.trackline.platform.application.DatabaseBreaker}: open or closed, and the failures in a row.
 * Per node: each node finds out about an outage from its own failures, within three of them. Kill -9:
 * forgotten; a node that starts while the database is down does not become ready. Database down: this
 * is what answers for it, and its probe is what notices it back.</li>
 * <li>{@link io.trackline.platform.application.GroupCommit}'s queue: requests waiting for their commit, at
 * most {@code trackline.store.queue-capacity} and for at most {@code trackline.store.max-wait-ms}. None
 * has been answered, so a kill -9 loses no acknowledged request: their callers get no answer and retry.
 * Two nodes: each commits its own. Database down: refused at the door (breaker open) or at the deadline;
 * nothing waits longer. A stop writes what is queued for up to {@code trackline.shutdown.grace-seconds}
 * and answers the rest 503. Its writers and deadline keeper run on threads of their own
 * ({@link io.trackline.platform.application.LoopThreads}), never on the executor that serves requests, so
 * that requests and their refusals are answered while every writer waits on a dead database.</li>
 * <li>{@link io.trackline.platform.application.RequestDeadline}'s requests waiting for their look-ups or
 * commit: per node, none answered yet, so a kill -9 loses nothing acknowledged (their callers get no answer
 * and retry). Database down: each is answered 503 as the breaker opens, or at its deadline, whichever comes
 * first (RequestDeadlineTest).</li>
 * <li>{@link io.trackline.platform.application.ReferenceCaches}: copies of reference data (keys, tokens,
 * products, event definitions, rates, signing keys). Two nodes: each reads its own, so a change made on one
 * reaches the other within the cache's freshness (10 s for keys) and one request. Kill -9: lost, read again
 * on demand. Database down: each node goes on serving the copies it holds, for as long as the outage lasts
 * (nobody can change the originals meanwhile); what it never read fails with 503.</li>
 * <li>The daily visitor-hash keys {@link io.trackline.platform.application.VisitorHashing} has opened: each
 * node opens the same sealed row, so two nodes hash alike; a kill -9 loses only the copy; while the database
 * is down a node already holding today's key keeps hashing, one without it fails the request as the database
 * would.</li>
 * <li>The deployment mode: decided from configuration and the database at each start, the same on every
 * node configured alike; nothing to lose.</li>
 * </ul>
 */
package io.trackline.platform.application;
