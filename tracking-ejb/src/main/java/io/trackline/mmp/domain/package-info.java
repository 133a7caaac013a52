/**
 * The MMP model: apps, their tokens (hashes only), declared events, tracking links, clicks (fingerprints,
 * never IPs), attributed app users, events and exchange rates. Batches of events are written with JDBC
 * (see the infrastructure package); these entities serve look-ups and administration. An event as the
 * service hands it to storage ({@code PendingEvent}, {@code KnownUser}, {@code AttributionClues},
 * {@code UserAttribution}) is a record here, so that storage needs nothing of the application layer.
 *
 * <p>The ports storage implements: {@code Apps}, {@code Clicks}, {@code ClickLookup}, {@code EventBatches},
 * {@code StoredEvents}, {@code AppReportFigures}, {@code ManagedApps}; the records they hand back are nested in them.
 *
 * <p>One writer per table. JPA: {@code mmp_app}, {@code mmp_app_token} (issued, revoked and rotated as
 * entities: {@code Apps.tokens}), {@code mmp_event_definition}, {@code mmp_tracking_link}, {@code mmp_click},
 * {@code mmp_currency_rate}. JDBC: app users, events, session days and the daily totals (the batch paths).
 * The dashboard's lists read JPA's tables with JDBC ({@code JdbcApps}).
 */
package io.trackline.mmp.domain;
