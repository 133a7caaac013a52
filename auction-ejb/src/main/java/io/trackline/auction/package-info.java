/**
 * Retail media: retailers and their signing keys, catalog and stock, advertisers, campaigns and ad groups,
 * the auction engine, budgets and pacing. Its schema lives under {@code db/migration/auction/}.
 */
package io.trackline.auction;
