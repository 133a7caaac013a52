package io.trackline.auction.domain;

/** The five auctions of the seed, each for one format and one kind of query. */
public enum AuctionType {
    SP_KEYWORD(AdFormat.SP), SP_CATEGORY(AdFormat.SP), DISPLAY_KEYWORD(AdFormat.DISPLAY),
    DISPLAY_CATEGORY(AdFormat.DISPLAY), DISPLAY_PAGE(AdFormat.DISPLAY);

    public static final int MAX_SLOTS = 20;

    private final AdFormat format;

    AuctionType(AdFormat format) {
        this.format = format;
    }

    public AdFormat format() {
        return format;
    }

    /** Four product tiles, or one banner, unless the request asks for more. */
    public int defaultSlots() {
        return format == AdFormat.SP ? 4 : 1;
    }
}
