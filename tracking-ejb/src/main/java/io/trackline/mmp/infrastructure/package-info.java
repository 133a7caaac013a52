/**
 * The adapters of the MMP ports: JPA repositories for apps, tokens, events declared, links, clicks and
 * rates; JDBC for the batched event writes, the reads on the event path and the report queries. They begin
 * no transaction: each statement joins the caller's.
 *
 * <p>The batch paths stay JDBC because they were measured faster: {@code JdbcEventBatch} sends each
 * statement once per group-committed batch, and {@code JdbcMmpStats} adds the daily totals as multi-row
 * inserts ({@code MultiRowInsert}); README "Benchmark" has the throughput they reach.
 */
package io.trackline.mmp.infrastructure;
