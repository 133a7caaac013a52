/**
 * The adapters of the influencer ports: JPA repositories for customers, products and access keys; JDBC
 * for influencers, campaigns and event types, the postbacks, the sharded widget totals, the daily stats and
 * the anti-cheat visit log.
 * They begin no transaction: each statement joins the caller's.
 *
 * <p>The batch paths stay JDBC because they were measured faster: {@code JdbcPostbackBatch} and
 * {@code JdbcInfluencerStats} send each statement once per group-committed batch, the stats as multi-row
 * inserts ({@code MultiRowInsert}, several times a JDBC batch's speed on MariaDB); README "Benchmark" has
 * the figures.
 */
package io.trackline.influencer.infrastructure;
