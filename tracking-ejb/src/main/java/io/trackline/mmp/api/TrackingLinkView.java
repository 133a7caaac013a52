package io.trackline.mmp.api;

import java.time.Instant;

/** One of an app's tracking links, with the clicks it brought. */
public record TrackingLinkView(String publicId, String publisher, String campaign, String destinationUrl,
                               Instant createdAt, boolean active) {
}
