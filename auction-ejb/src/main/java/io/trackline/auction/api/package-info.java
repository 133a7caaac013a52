/** What the web module sees of auctions: results in the seed's shape, and decision traces. */
package io.trackline.auction.api;
