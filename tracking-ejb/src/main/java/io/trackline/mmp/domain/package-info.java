/**
 * The MMP model: apps, their tokens (hashes only), declared events, tracking links, clicks (fingerprints,
 * never IPs), attributed app users, events and exchange rates. Batches of events are written with JDBC
 * (see the infrastructure package); these entities serve look-ups and administration. An event as the
 * service hands it to storage ({@code PendingEvent}, {@code KnownUser}, {@code AttributionClues},
 * {@code UserAttribution}) is a record here, so that storage needs nothing of the application layer.
 */
package io.trackline.mmp.domain;
