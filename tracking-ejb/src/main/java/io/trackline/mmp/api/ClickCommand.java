package io.trackline.mmp.api;

import java.util.List;

/**
 * A click to record: through a tracking link ({@code link}), or for the authenticated {@code app} with
 * publisher and campaign as given. Both: the app's backend reports a click through one of its own links.
 * Sub-ids given override the link's. The visitor (ip, user agent) only ever becomes a fingerprint.
 */
public record ClickCommand(AppRef app, String link, String publisher, String campaign, List<String> subIds,
                           String ip, String userAgent) {

    public static final int SUB_IDS = 5;
}
