package io.trackline.auction.api;

/** The five auctions of the seed: sponsored products or display, each for one kind of query. */
public enum AuctionType {
    SP_KEYWORD, SP_CATEGORY, DISPLAY_KEYWORD, DISPLAY_CATEGORY, DISPLAY_PAGE;

    public static final int MAX_SLOTS = 20;

    /** Whether it auctions sponsored products (else display ads). */
    public boolean sponsoredProducts() {
        return this == SP_KEYWORD || this == SP_CATEGORY;
    }

    /** Four product tiles, or one banner, unless the request asks for more. */
    public int defaultSlots() {
        return sponsoredProducts() ? 4 : 1;
    }
}
