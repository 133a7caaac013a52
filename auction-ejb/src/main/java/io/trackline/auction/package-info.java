/**
 * Sponsored-product and display auctions (seed 002): advertisers, campaigns and ad groups held in an
 * in-memory index per retailer, the auction engine (matching, eligibility, ranking, generalised second
 * price), pacing, the record of every auction (written behind), and the billing of clicks against
 * campaign budgets.
 */
package io.trackline.auction;
