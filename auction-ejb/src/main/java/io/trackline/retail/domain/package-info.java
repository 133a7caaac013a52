/**
 * The two request signatures a retailer may use, both pure functions of what was sent: the seed's
 * {@code X-STREAEM-HASH} (canonical string, HMAC) and Standard Webhooks (the {@code webhook-*} headers, HMAC
 * of id, timestamp and body); the {@code whsec_} form of a key; when a key signs.
 *
 * <p>The ports storage implements: {@code Retailers}, {@code RetailerKeys}, {@code RetailCatalog}.
 */
package io.trackline.retail.domain;
