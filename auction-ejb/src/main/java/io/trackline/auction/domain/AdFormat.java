package io.trackline.auction.domain;

/** Sponsored products (product tiles in results) or display (a creative). */
public enum AdFormat {
    SP, DISPLAY
}
