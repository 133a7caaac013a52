package io.trackline.influencer.api;

/** A brand (a customer of influencer tracking) as the dashboard lists it. */
public record BrandView(long id, String code, String name) {
}
