package io.trackline.auction.domain;

/** A display ad group's banner. */
public record Creative(long id, String imageUrl, String headline, String clickUrl, Integer width, Integer height) {
}
