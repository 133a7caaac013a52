package io.trackline.dashboard.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the pages write moments: to the minute, in UTC, as every figure of the dashboard is. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String instant(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
