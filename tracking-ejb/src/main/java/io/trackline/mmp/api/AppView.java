package io.trackline.mmp.api;

/** An app as the dashboard lists it. */
public record AppView(long id, String code, String name, String currency, int clickLookbackHours,
                      int fingerprintLookbackHours) {
}
