/**
 * Auction services: the index holder (reloaded when anything changes), the auction itself with its
 * traces, the write-behind record of auctions, and the demo advertisers.
 */
package io.trackline.auction.application;
