package io.trackline.auction.domain;

import io.trackline.auction.api.AuctionType;

/** Sponsored products (product tiles in results) or display (a creative). */
public enum AdFormat {
    SP, DISPLAY;

    /** The format an auction of that type fills. */
    public static AdFormat of(AuctionType type) {
        return type.sponsoredProducts() ? SP : DISPLAY;
    }
}
