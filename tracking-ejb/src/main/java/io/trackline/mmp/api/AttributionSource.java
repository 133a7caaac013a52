package io.trackline.mmp.api;

/** How a user came to the app: through a click it names, a click from the same visitor, or on its own. */
public enum AttributionSource {
    CLICK, FINGERPRINT, ORGANIC;

    public String wireName() {
        return name().toLowerCase();
    }
}
