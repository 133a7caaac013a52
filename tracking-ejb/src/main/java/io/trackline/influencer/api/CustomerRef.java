package io.trackline.influencer.api;

/** The customer an access key authenticated. */
public record CustomerRef(long id, String code) {
}
