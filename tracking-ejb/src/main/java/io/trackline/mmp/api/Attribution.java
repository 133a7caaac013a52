package io.trackline.mmp.api;

/** A user's attribution as the caller sees it; click, publisher and campaign are absent for organic users. */
public record Attribution(String source, String clickId, String publisher, String campaign) {
}
