package io.trackline.influencer.api;

/** Something a brand's postbacks named (an influencer, a campaign), by its id. */
public record NamedId(long id, String name) {
}
