/**
 * Retailers of the retail-media product (seed 002): their signing keys (encrypted at rest), the request
 * signature, and their catalog.
 *
 * <p>Where transactions begin: in the application layer only. {@code CatalogService} and
 * {@code RetailerAdministration} are {@code @Stateless}, container-managed, {@code REQUIRED}.
 * {@code SigningKeys} (a CDI cache) starts none: its loader's JDBC read runs on its own, outside any
 * transaction. Everything here is JDBC; no JPA entity maps a retail table.
 */
package io.trackline.retail;
