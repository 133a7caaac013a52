/**
 * The MMP model: apps, their tokens (hashes only), declared events, tracking links, clicks (fingerprints,
 * never IPs), attributed app users, events and exchange rates. Batches of events are written with JDBC
 * (see the infrastructure package); these entities serve look-ups and administration.
 */
package io.trackline.mmp.domain;
