package io.trackline.auction.api;

/** A click on a winning ad: charged once per auction id, within the campaign's budget. */
public interface RetailClicks {

    ClickReceipt click(long retailerId, String auctionId, String uid);
}
