/** JDBC for the auction: loading the in-memory index, and writing the record of auctions in batches. */
package io.trackline.auction.infrastructure;
