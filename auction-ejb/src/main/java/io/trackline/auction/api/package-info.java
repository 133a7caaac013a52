/**
 * What the web modules see of auctions: the query (its type, the conversion lines of a purchase), results
 * in the seed's shape, decision traces, receipts and reports; and the services they call, as interfaces
 * that {@code io.trackline.auction.application} implements (auctions, clicks, conversions, impressions,
 * reports, campaigns, the dashboard's console). The auction domain uses the query types from here.
 */
package io.trackline.auction.api;
