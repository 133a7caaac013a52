/**
 * MMP persistence: JPA repositories for apps, tokens, events declared, links, clicks and rates; JDBC for
 * the batched event writes, the reads on the event path and the report queries.
 */
package io.trackline.mmp.infrastructure;
