package io.trackline.mmp.domain;

import io.trackline.mmp.api.AttributionSource;

/** The attribution a new user is stored with: its source and, unless organic, the click (row id too). */
public record UserAttribution(AttributionSource source, Long clickRowId, String clickId, String publisher,
                              String campaign) {

    public static UserAttribution organic() {
        return new UserAttribution(AttributionSource.ORGANIC, null, null, null, null);
    }
}
