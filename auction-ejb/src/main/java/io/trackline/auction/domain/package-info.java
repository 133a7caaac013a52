/**
 * The auction, free of any container: keyword normalisation and matching, the per-retailer index, the
 * engine that picks and prices winners, and the decision trace it leaves.
 */
package io.trackline.auction.domain;
