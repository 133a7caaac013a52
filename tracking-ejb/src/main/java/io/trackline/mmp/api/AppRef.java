package io.trackline.mmp.api;

import java.time.Duration;

/** The app an S2S token belongs to, with what its events need: reporting currency and lookback windows. */
public record AppRef(long id, String code, String currency, Duration clickLookback, Duration fingerprintLookback) {
}
