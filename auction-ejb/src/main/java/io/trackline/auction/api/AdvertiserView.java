package io.trackline.auction.api;

/** An advertiser of a retailer, and the brand it sells (its products earn it halo sales), if it says. */
public record AdvertiserView(long id, long retailerId, String name, String brand) {
}
