package io.trackline.mmp.application;

import io.trackline.mmp.api.AttributionSource;
import io.trackline.mmp.infrastructure.JdbcClickLookup.ClickRow;

/** The attribution a new user is stored with: its source and, unless organic, the click (row id too). */
public record UserAttribution(AttributionSource source, Long clickRowId, String clickId, String publisher,
                              String campaign) {

    public static UserAttribution organic() {
        return new UserAttribution(AttributionSource.ORGANIC, null, null, null, null);
    }

    public static UserAttribution of(AttributionSource source, ClickRow click) {
        return new UserAttribution(source, click.id(), click.publicId(), click.publisher(), click.campaign());
    }
}
