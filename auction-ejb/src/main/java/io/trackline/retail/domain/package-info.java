/**
 * The two request signatures a retailer may use, both pure functions of what was sent: the seed's
 * {@code X-STREAEM-HASH} (canonical string, HMAC) and Standard Webhooks (HMAC of id, timestamp and body; the
 * {@code webhook-*} headers are {@code io.trackline.retail.api.WebhookHeaders}); the {@code whsec_} form of a
 * key; when a key signs.
 *
 * <p>The ports storage implements: {@code Retailers}, {@code RetailerKeys}, {@code StoredCatalog}.
 */
package io.trackline.retail.domain;
