package io.trackline.auction.api;

/**
 * What is auctioned: a search ({@code searchTerm}), a category page ({@code category}, an id or a name) or
 * a page ({@code page}), depending on the type; and how many winners at most.
 */
public record AuctionQuery(AuctionType type, String searchTerm, String category, String page, int slots) {

    /** The search, category or page, whichever this auction is for. */
    public String text() {
        return searchTerm != null ? searchTerm : category != null ? category : page;
    }
}
